import { describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/services/knowledge/knowledge-store.js';
import { extractContacts, phoneReaderFor } from '../../src/services/leads/extract-contacts.js';
import { PHRASES } from '../../src/services/replies/phrases.js';
import { ANSWER_THRESHOLD, ReplyService } from '../../src/services/replies/reply-service.js';

const store = new KnowledgeStore();
store.add({
  id: 'hours-en',
  scope: 's',
  title: 'Business Hours',
  text: 'Our business hours are Monday to Friday, 9 AM to 5 PM EST.',
});
store.add({
  id: 'weekend',
  scope: 's',
  title: 'Weekends',
  text: 'On Saturdays the store opens at 10 AM. We are closed on Sundays.',
});
store.add({
  id: 'refund-ko',
  scope: 's',
  title: '환불 정책',
  text: '구매 후 14일 이내에 환불을 요청하실 수 있습니다. 제품은 사용하지 않은 상태여야 합니다.',
});
store.add({ id: 'ship-zh', scope: 's', title: '運送', text: '訂單會在兩個工作天內出貨,台灣本島一至三天送達。' });
store.add({ id: 'hours-ja', scope: 's', title: '営業時間', text: '営業時間は平日の午前9時から午後6時までです。' });
const knowledge = store.scope('s');
const engine = new ReplyService();
const ask = (message: string, previous?: string) => engine.reply({ message, previous: () => previous, knowledge });

describe('the reply engine', () => {
  it('quotes the best-ranked chunk, with its source', () => {
    const r = ask('What are your business hours?');
    expect(r).toMatchObject({
      intent: 'answer',
      unsure: false,
      text: 'Our business hours are Monday to Friday, 9 AM to 5 PM EST.',
    });
    expect(r.sources[0]).toMatchObject({ id: 'hours-en', title: 'Business Hours' });
    expect(r.sources[0].score).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });

  it('answers a Korean question from Korean knowledge, and a Chinese one from Chinese', () => {
    expect(ask('환불은 언제까지 요청할 수 있나요?')).toMatchObject({
      intent: 'answer',
      language: 'ko',
      sources: [{ id: 'refund-ko' }],
    });
    expect(ask('訂單多久會出貨?')).toMatchObject({ intent: 'answer', language: 'zh', sources: [{ id: 'ship-zh' }] });
    expect(ask('営業時間を教えてください')).toMatchObject({
      intent: 'answer',
      language: 'ja',
      sources: [{ id: 'hours-ja' }],
    });
  });

  it("falls back below the threshold, offering a human, in the visitor's language", () => {
    expect(ask('Do you sell bicycles?')).toMatchObject({
      intent: 'fallback',
      unsure: true,
      text: PHRASES.fallback.en,
      sources: [],
    });
    expect(ask('Säljer ni cyklar?')).toMatchObject({ intent: 'fallback', text: PHRASES.fallback.sv });
  });

  it.each([
    ['Hello!', 'en'],
    ['hi there', 'en'],
    ['你好', 'zh'],
    ['안녕하세요', 'ko'],
    ['こんにちは', 'ja'],
    ['Hej!', 'sv'],
  ] as const)('welcomes a greeting: %s', (message, lang) => {
    expect(ask(message)).toMatchObject({ intent: 'greeting', text: PHRASES.welcome[lang] });
  });

  it('does not treat a question that starts with a greeting as a bare greeting', () => {
    expect(ask('hello, what are your business hours?').intent).toBe('answer');
  });

  it('keeps the context of the previous user turn for a follow-up', () => {
    expect(ask('and Sundays?', 'When does the store open on Saturdays?').sources[0]?.id).toBe('weekend');
  });

  it('is deterministic, and changes at once when knowledge changes', () => {
    expect(ask('What are your business hours?')).toEqual(ask('What are your business hours?'));
    const s2 = new KnowledgeStore();
    s2.add({ id: 'a', scope: 'x', title: 'Parking', text: 'Parking is free behind the building.' });
    expect(engine.reply({ message: 'is parking free?', knowledge: s2.scope('x') }).intent).toBe('answer');
    s2.remove('a');
    expect(engine.reply({ message: 'is parking free?', knowledge: s2.scope('x') }).intent).toBe('fallback');
  });

  it('lists closely matching chunks of other entries as related', () => {
    const r = ask('When does the store open, business hours and saturdays?');
    expect(r.intent).toBe('answer');
    expect([r.sources[0].id, ...r.related.map((c) => c.entryId)].sort()).toEqual(['hours-en', 'weekend']);
  });
});

describe('contact extraction for leads', () => {
  it('finds emails, widget markers and phone numbers, normalised to E.164', async () => {
    expect(extractContacts('[EMAIL_SUBMITTED]Name@Example.com')).toEqual({ emails: ['name@example.com'], phones: [] });
    // The phone reader loads on the first text with digits enough to hold a number, not before.
    expect(phoneReaderFor(['order 12345'])).toBeUndefined();
    await phoneReaderFor(['call +44 20 7946 0958']);
    expect(phoneReaderFor(['call +44 20 7946 0958'])).toBeUndefined();
    expect(extractContacts('call +44 20 7946 0958 or (415) 555-2671')).toEqual({
      emails: [],
      phones: ['+442079460958', '+14155552671'],
    });
    expect(extractContacts('order 12345 arrives in 3 days')).toEqual({ emails: [], phones: [] });
  });
});
