import { describe, expect, it } from 'vitest';
import { Clock } from '../../src/core/clock.js';
import { SlidingWindowLimiter } from '../../src/core/rate-limiter.js';
import { KnowledgeStore } from '../../src/services/knowledge/knowledge-store.js';
import { parseStartArgs } from '../../src/cli/args.js';
import { DEMO, bearer, companinKeys, createTestMock } from '../support/mock.js';

const starter = bearer(DEMO.asyntai.starter);

describe('--max-sessions', () => {
  it('evicts the least recently active Asyntai session, with its lead', async () => {
    const mock = await createTestMock({ maxSessions: 3 });
    const chat = (session_id: string, message = 'hello') =>
      mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message, session_id } });
    await chat('a', 'mail a@example.com');
    await chat('b');
    await chat('c');
    await chat('a'); // a is now the most recent; b the least
    await chat('d');
    const sessions = (
      await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: starter })
    ).body.sessions.map((s: any) => s.session_id);
    expect(sessions).toEqual(['d', 'a', 'c']);
    expect(
      (
        await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
          headers: starter,
          query: { session_id: 'b' },
        })
      ).status,
    ).toBe(404);
    await chat('e');
    await chat('f');
    expect((await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter })).body.leads).toEqual([]);
  });

  it('bounds Companin sessions and Chungtair conversations the same way', async () => {
    const mock = await createTestMock({ maxSessions: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (
          await mock.companin.call('post', '/companin/api/v1/sessions/', {
            headers: companinKeys,
            json: { assistant_id: DEMO.companin.assistantId },
          })
        ).body.data.id,
      );
    expect(
      (
        await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
          headers: companinKeys,
          params: { session_id: ids[0] },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
          headers: companinKeys,
          params: { session_id: ids[2] },
        })
      ).status,
    ).toBe(200);
    for (const chat_id of ['web_00000001', 'web_00000002', 'web_00000003']) {
      await mock.chungtair.call('post', '/chungtair/api/widget/message', {
        json: { token: DEMO.chungtair.enabled, message: 'hi', chat_id },
      });
    }
    expect(
      (await mock.admin('GET', `/chungtair/bots/${DEMO.chungtair.enabled}/conversations`)).body.conversations.map(
        (c: any) => c.chat_id,
      ),
    ).toEqual(['web_00000003', 'web_00000002']);
  });

  it('is read from the CLI, default 100000', () => {
    expect(parseStartArgs(['start'], {})).toMatchObject({ maxSessions: 100_000 });
    expect(parseStartArgs(['start', '--max-sessions', '500'], {})).toMatchObject({ maxSessions: 500 });
    expect(() => parseStartArgs(['start', '--max-sessions', '0'], {})).toThrow(/--max-sessions must be an integer/);
  });
});

describe('messages per session', () => {
  it('keep the latest, while the counts and the first message stay exact', async () => {
    const mock = await createTestMock({ maxMessagesPerSession: 4 });
    for (let i = 0; i < 5; i++)
      await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
        headers: starter,
        json: { message: `m${i}`, session_id: 's' },
      });
    const convo = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: starter,
      query: { session_id: 's' },
    });
    expect(convo.body.messages.filter((m: any) => m.role === 'user').map((m: any) => m.content)).toEqual(['m3', 'm4']);
    const [session] = (await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: starter })).body.sessions;
    expect(session).toMatchObject({ message_count: 10, first_message: 'm0' });
  });
});

describe('the per-IP limiter', () => {
  it('forgets the least recently seen visitors past its key cap', () => {
    const limiter = new SlidingWindowLimiter(new Clock(), 60_000, 2);
    expect([limiter.hit('a', 1).allowed, limiter.hit('b', 1).allowed, limiter.hit('c', 1).allowed]).toEqual([
      true,
      true,
      true,
    ]);
    // 'a' was forgotten when 'c' arrived, so it starts afresh; 'c' is still remembered.
    expect([limiter.hit('a', 1).allowed, limiter.hit('c', 1).allowed]).toEqual([true, false]);
  });
});

describe('bulk sessions for load runs', () => {
  it('store N sessions of M messages, within the session cap', async () => {
    const mock = await createTestMock({ maxSessions: 50 });
    const res = await mock.admin('POST', '/asyntai/bulk-sessions', {
      api_key: DEMO.asyntai.pro,
      sessions: 80,
      messages_per_session: 6,
    });
    expect(res.body).toEqual({ sessions: 50, messages: 480 });
    const listed = (
      await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', {
        headers: bearer(DEMO.asyntai.pro),
        query: { limit: 2 },
      })
    ).body.sessions;
    expect(listed.map((s: any) => [s.session_id, s.message_count])).toEqual([
      ['bulk_0000079', 6],
      ['bulk_0000078', 6],
    ]);
    expect((await mock.admin('POST', '/asyntai/bulk-sessions', { api_key: 'nope', sessions: 1 })).status).toBe(400);
  });
});

describe('Companin contexts and knowledge', () => {
  it('keep at most --max-sessions contexts, the least recently written going first', async () => {
    const mock = await createTestMock({ maxSessions: 2 });
    const upsert = (user_reference: string) =>
      mock.companin.call('post', '/companin/api/v1/contexts/', {
        headers: companinKeys,
        json: { user_reference, traits: {} },
      });
    for (const ref of ['a', 'b', 'c']) expect((await upsert(ref)).status).toBe(201);
    expect((await upsert('c')).status).toBe(200); // still kept: updated
    expect((await upsert('a')).status).toBe(201); // evicted when c arrived: created again
  });

  it('keep the latest entries of a knowledge scope', () => {
    const store = new KnowledgeStore();
    for (let i = 0; i < 5; i++) store.add({ id: `e${i}`, scope: 'org', title: `t${i}`, text: `entry number ${i}` });
    store.keepLatest('org', 3);
    expect([...new Set(store.inScope('org').map((c) => c.entryId))]).toEqual(['e2', 'e3', 'e4']);
  });
});
