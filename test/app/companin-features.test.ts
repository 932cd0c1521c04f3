import { beforeEach, describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/services/replies/phrases.js';
import { makePdf } from '../support/pdf.js';
import { DEMO, companinKeys, createTestMock, type TestMock } from '../support/mock.js';

const assistant_id = DEMO.companin.assistantId;
const other = { 'x-api-key': 'acme', 'x-api-secret': 'acme-secret' };
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock({
    fixtures: {
      companin: {
        organisations: [
          {
            client_id: 'acme',
            client_secret: 'acme-secret',
            allowed_origins: ['https://acme.example'],
            assistants: [{ id: 'acme-bot', name: 'Acme', language: 'en' }],
            knowledge: [{ question: 'Where is Acme based?', answer: 'Acme is based in Gothenburg.' }],
          },
        ],
      },
    },
  });
});

async function session(headers: Record<string, string> = companinKeys, assistant: string = assistant_id) {
  const res = await mock.companin.call('post', '/companin/api/v1/sessions/', {
    headers,
    json: { assistant_id: assistant },
  });
  expect(res.status).toBe(201);
  return res.body.data.id as string;
}
const send = (sid: string, content: string, headers: Record<string, string> = companinKeys) =>
  mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
    headers,
    params: { session_id: sid },
    json: { content },
  });

describe("companin organisations never see each other's data", () => {
  it('keeps assistants, sessions, conversations and knowledge apart', async () => {
    expect(
      (await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: other })).body.data.assistants.map(
        (a: any) => a.id,
      ),
    ).toEqual(['acme-bot']);
    expect(
      (await mock.companin.call('post', '/companin/api/v1/sessions/', { headers: other, json: { assistant_id } }))
        .status,
    ).toBe(404);
    const mine = await session();
    expect((await send(mine, 'hello', other)).status).toBe(404);
    expect(
      (
        await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
          headers: other,
          params: { session_id: mine },
        })
      ).status,
    ).toBe(404);
    const convo = await mock.companin.call('post', '/companin/api/v1/conversations/', {
      headers: companinKeys,
      json: { assistant_id },
    });
    expect(
      (
        await mock.companin.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
          headers: other,
          params: { conversation_id: convo.body.data.id },
          json: { content: 'x' },
        })
      ).status,
    ).toBe(404);
    // Acme's knowledge answers Acme's assistant, not the demo organisation's.
    expect(
      (await send(await session(other, 'acme-bot'), 'Where is Acme based?', other)).body.data.assistant_message.content,
    ).toBe('Acme is based in Gothenburg. [1]');
    expect((await send(mine, 'Where is Acme based?')).body.data.assistant_message.metadata.assistant_unsure).toBe(true);
  });

  it("refuses a widget token of one organisation on another's session", async () => {
    const token = (
      await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
        headers: { origin: 'https://acme.example' },
        json: { client_id: 'acme' },
      })
    ).body.token;
    const mine = await session();
    expect((await send(mine, 'hi', { authorization: `Bearer ${token}`, origin: 'https://acme.example' })).status).toBe(
      404,
    );
  });
});

describe('companin assistant language and tone', () => {
  it("answers in the assistant's language, opening in its tone", async () => {
    const sv = await mock.companin.call('post', '/companin/api/v1/assistants/', {
      headers: companinKeys,
      json: { name: 'Svea', language: 'sv', tone: 'friendly' },
    });
    const sid = await session(companinKeys, sv.body.data.id);
    expect((await send(sid, 'What are your business hours?')).body.data.assistant_message.content).toBe(
      'Hjälper gärna till! We are open Monday to Friday, 9 AM to 6 PM EST. [1]',
    );
    expect((await send(sid, 'Do you sell bicycles?')).body.data.assistant_message.content).toBe(PHRASES.fallback.sv);
    const formal = await mock.companin.call('post', '/companin/api/v1/assistants/', {
      headers: companinKeys,
      json: { name: 'Formal', language: 'de', tone: 'formal' },
    });
    const sid2 = await session(companinKeys, formal.body.data.id);
    expect((await send(sid2, 'What are your business hours?')).body.data.assistant_message.content).toBe(
      'Vielen Dank für Ihre Anfrage. We are open Monday to Friday, 9 AM to 6 PM EST. [1]',
    );
    expect((await send(sid2, 'Hello!')).body.data.assistant_message.content).toBe(PHRASES.welcome.de);
  });

  it('validates tone and language', async () => {
    const bad = await mock.companin.call('post', '/companin/api/v1/assistants/', {
      headers: companinKeys,
      json: { name: 'x', language: 'klingon' as never },
    });
    expect([bad.status, bad.body.detail]).toEqual([422, expect.stringMatching(/^body.language: must be one of/)]);
    expect(
      (await mock.companin.call('post', '/companin/api/v1/assistants/', { headers: companinKeys, json: { name: '' } }))
        .status,
    ).toBe(422);
  });
});

describe('companin user contexts', () => {
  it('greet the customer of a linked conversation by name, on the first reply only', async () => {
    await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: companinKeys,
      json: { user_reference: 'user-123', traits: { name: 'Alice', purchase_history: ['laptop-1'] } },
    });
    const convo = await mock.companin.call('post', '/companin/api/v1/conversations/', {
      headers: companinKeys,
      json: { assistant_id, customer_id: 'user-123', user_context_id: 'user-123' },
    });
    const say = (content: string) =>
      mock.companin.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
        headers: companinKeys,
        params: { conversation_id: convo.body.data.id },
        json: { content },
      });
    expect((await say('What are your business hours?')).body.data.assistant_message.content).toBe(
      'Hi Alice! We are open Monday to Friday, 9 AM to 6 PM EST. [1]',
    );
    expect((await say('What are your business hours?')).body.data.assistant_message.content).toBe(
      'We are open Monday to Friday, 9 AM to 6 PM EST. [1]',
    );
  });
});

describe('companin Idempotency-Key', () => {
  it('replays the first answer for the same key and body and stores nothing new; 422 for another body', async () => {
    const sid = await session();
    const post = (content: string, key: string, accept = 'application/json') =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: { ...companinKeys, 'idempotency-key': key, accept },
        params: { session_id: sid },
        json: { content },
      });
    const first = await post('What are your business hours?', 'k1');
    mock.app.runtime.clock.advance(5);
    const replay = await post('What are your business hours?', 'k1');
    expect(replay.text).toBe(first.text);
    const history = await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: companinKeys,
      params: { session_id: sid },
    });
    expect(history.body.data.messages).toHaveLength(2);
    const conflict = await post('Something else', 'k1');
    expect([conflict.status, conflict.body.detail]).toEqual([
      422,
      'Idempotency-Key was already used with a different request body',
    ]);
    const streamed = await post('What are your business hours?', 'k1', 'text/event-stream');
    expect(streamed.text).toContain(first.body.data.assistant_message.id);
    expect((await post('What are your business hours?', 'k2')).body.data.user_message.id).not.toBe(
      first.body.data.user_message.id,
    );
  });

  it('does not remember a turn that failed, so the retry goes through', async () => {
    const sid = await session();
    mock.app.runtime.faults.add('companin', 'ai_unavailable', 1);
    const post = () =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: { ...companinKeys, 'idempotency-key': 'retry-me' },
        params: { session_id: sid },
        json: { content: 'hello' },
      });
    expect((await post()).status).toBe(503);
    expect((await post()).status).toBe(200);
  });

  it('streams an AI failure as an error event', async () => {
    const sid = await session();
    mock.app.runtime.faults.add('companin', 'ai_unavailable', 1);
    const res = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: { ...companinKeys, accept: 'text/event-stream' },
      params: { session_id: sid },
      json: { content: 'hello' },
    });
    expect(res.text).toBe('data: {"type":"error","detail":"AI service temporarily unavailable"}\n\n');
  });
});

describe('companin knowledge', () => {
  it('answers a question close to a stored one with the stored answer', async () => {
    await mock.companin.call('post', '/companin/api/v1/knowledge/qa/', {
      headers: companinKeys,
      json: {
        question: 'How do I reset my password?',
        answer: 'Go to settings and click "Reset password".',
        tags: ['password'],
      },
    });
    const sid = await session();
    expect((await send(sid, 'how can I reset the password')).body.data.assistant_message).toMatchObject({
      content: 'Go to settings and click "Reset password". [1]',
      metadata: { assistant_unsure: false },
    });
  });

  it('extracts PDF text with pdf-parse and answers from it', async () => {
    const form = new FormData();
    form.append('title', 'Product Manual');
    form.append('file_type', 'pdf');
    form.append(
      'file',
      new File(
        [await makePdf(['Warranty: every laptop carries a two year warranty.', 'Batteries are covered for one year.'])],
        'product_manual.pdf',
        { type: 'application/pdf' },
      ),
    );
    const res = await mock.companin.call('post', '/companin/api/v1/knowledge/files/', { headers: companinKeys, form });
    expect(res.body.data).toMatchObject({ kind: 'file', title: 'Product Manual', file_type: 'pdf', chunks_created: 1 });
    const reply = await send(await session(), 'How long is the laptop warranty?');
    expect(reply.body.data.assistant_message.content).toMatch(/two year warranty/);
    expect(reply.body.data.assistant_message.sources).toEqual([
      {
        type: 'file',
        title: 'Product Manual',
        snippet: expect.stringMatching(/two year warranty/),
        url: null,
        reference_id: res.body.data.id,
      },
    ]);
  });

  const uploadFile = (type: string, file: File) => {
    const form = new FormData();
    form.append('title', 'x');
    form.append('file_type', type);
    form.append('file', file);
    return mock.companin.call('post', '/companin/api/v1/knowledge/files/', { headers: companinKeys, form });
  };

  it.each([
    ['a broken PDF', 'pdf', new File(['%PDF-1.7 not really'], 'x.pdf'), /could not be read/],
    ['a text file called pdf', 'pdf', new File(['hello'], 'x.pdf'), /not a PDF/],
    ['binary as text', 'txt', new File([new Uint8Array([0xff, 0xfe, 0x00, 0x01])], 'x.txt'), /not valid UTF-8/],
  ])('answers 400 for %s', async (_name, type, file, message) => {
    const res = await uploadFile(type, file);
    expect([res.status, res.body.detail]).toEqual([400, expect.stringMatching(message)]);
  });

  it.each([
    ['an empty file', 'txt', new File([], 'x.txt'), 'body.file: must not be empty'],
    ['an unsupported type', 'docx', new File(['PK'], 'x.docx'), 'body.file_type: must be one of: txt, md, pdf'],
  ])('answers 422 for %s, as the spec says (enum, minLength)', async (_name, type, file, detail) => {
    const res = await uploadFile(type, file);
    expect([res.status, res.body.detail]).toEqual([422, detail]);
  });
});
