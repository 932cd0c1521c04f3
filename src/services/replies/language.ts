/**
 * The language a reply is written in, from the visitor's message: the script decides for
 * Korean, Japanese and Chinese; Swedish by its letters or common words; else English,
 * or the locale given by the caller when the message itself says nothing.
 */
export type ReplyLanguage = 'en' | 'zh' | 'ko' | 'ja' | 'sv';

const SWEDISH = /[åäö]|\b(hej|jag|och|inte|hur|vad|kan|ni|är|med|till|hjälp|tack)\b/i;

export function detectLanguage(message: string, fallback?: string): ReplyLanguage {
  if (/\p{Script=Hangul}/u.test(message)) return 'ko';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(message)) return 'ja';
  if (/\p{Script=Han}/u.test(message)) return 'zh';
  if (SWEDISH.test(message)) return 'sv';
  if (/\p{L}/u.test(message)) return 'en';
  const base = fallback?.slice(0, 2).toLowerCase();
  return base === 'zh' || base === 'ko' || base === 'ja' || base === 'sv' ? base : 'en';
}
