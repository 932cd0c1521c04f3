/**
 * The language a reply is written in, from the visitor's message: the script decides for
 * Korean, Japanese and Chinese; Swedish by its letters or common words; else English,
 * or the locale given by the caller when the message itself says nothing. German,
 * French and Spanish are only ever chosen by the caller (an assistant's configured language).
 */
const REPLY_LANGUAGES = ['en', 'zh', 'ko', 'ja', 'sv', 'de', 'fr', 'es'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

const SWEDISH = /[åäö]|\b(hej|jag|och|inte|hur|vad|kan|ni|är|med|till|hjälp|tack)\b/i;

export function detectLanguage(message: string, fallback?: string): ReplyLanguage {
  if (/\p{Script=Hangul}/u.test(message)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(message)) return 'ja';
  if (/\p{Script=Han}/u.test(message)) return 'zh';
  if (SWEDISH.test(message)) return 'sv';
  if (/\p{L}/u.test(message)) return 'en';
  const base = fallback?.slice(0, 2).toLowerCase();
  return (REPLY_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as ReplyLanguage) : 'en';
}
