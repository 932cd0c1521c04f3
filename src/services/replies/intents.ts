/**
 * Intents that take precedence over answering from knowledge. Matching is on whole
 * phrases in the languages the mock answers in (English, Chinese, Korean, Japanese,
 * Swedish); docs/fidelity.md lists them.
 */
const GREETING = new RegExp(
  '^\\s*(' +
    [
      'hi',
      'hello',
      'hey',
      'hiya',
      'good (morning|afternoon|evening)',
      'greetings',
      'yo',
      '你好',
      '您好',
      '哈囉',
      '嗨',
      '안녕하세요',
      '안녕',
      'こんにちは',
      'こんばんは',
      'おはようございます',
      'hej',
      'hallå',
      'tjena',
      'god (morgon|dag|kväll)',
    ].join('|') +
    ')(\\s+there)?[\\s!!.。~?？,,]*$',
  'iu',
);

const ESCALATION = new RegExp(
  [
    // English
    '\\b(human|real person|live (agent|person|chat)|(an|a|your) agent|representative|operator|' +
      'someone (real|from your team)|talk to (a )?person|customer service agent)\\b',
    // Chinese
    '真人|人工客服|轉人工|转人工|客服人員|客服人员|專人|专人|轉接',
    // Korean
    '상담원|상담사|직원(과|이랑|하고)?\\s*(연결|통화|대화)|사람(과|이랑|하고)\\s*(연결|통화|대화)',
    // Japanese
    'オペレーター|担当者|有人|人間(と|に)|スタッフ(と|に)',
    // Swedish
    '\\b(människa|en person|handläggare|medarbetare|kundtjänst|riktig person|prata med någon)\\b',
  ].join('|'),
  'iu',
);

/** Openings that mark a message as a follow-up to the previous turn. */
const FOLLOW_UP =
  /^\s*(and|also|then|what about|how about|och|men|那|還有|还有|그럼|그러면|それで|では|じゃあ)(\s|\b|$)/iu;

export const isGreeting = (message: string) => GREETING.test(message.trim());
export const opensFollowUp = (message: string) => FOLLOW_UP.test(message);
export const wantsHuman = (message: string) => ESCALATION.test(message);
