import type { ReplyLanguage } from '../../services/replies/language.js';
import type { Reply } from '../../services/replies/reply-service.js';
import type { Assistant } from './model.js';

/** How each tone opens an answer from knowledge, in each of the assistant languages. */
const OPENING: Record<Assistant['tone'], Record<ReplyLanguage, string>> = {
  professional: { en: '', zh: '', ko: '', ja: '', sv: '', de: '', fr: '', es: '' },
  friendly: {
    en: 'Happy to help! ',
    zh: '很樂意幫忙!',
    ko: '기꺼이 도와드릴게요! ',
    ja: '喜んでお手伝いします!',
    sv: 'Hjälper gärna till! ',
    de: 'Gern geholfen! ',
    fr: 'Avec plaisir ! ',
    es: '¡Con gusto te ayudo! ',
  },
  casual: {
    en: 'Sure thing! ',
    zh: '沒問題!',
    ko: '물론이죠! ',
    ja: 'もちろん!',
    sv: 'Visst! ',
    de: 'Klar! ',
    fr: 'Bien sûr ! ',
    es: '¡Claro! ',
  },
  formal: {
    en: 'Thank you for your enquiry. ',
    zh: '感謝您的詢問。',
    ko: '문의해 주셔서 감사합니다. ',
    ja: 'お問い合わせいただきありがとうございます。',
    sv: 'Tack för er förfrågan. ',
    de: 'Vielen Dank für Ihre Anfrage. ',
    fr: 'Nous vous remercions de votre demande. ',
    es: 'Gracias por su consulta. ',
  },
};

const BY_NAME: Record<ReplyLanguage, (name: string) => string> = {
  en: (n) => `Hi ${n}! `,
  zh: (n) => `${n},您好!`,
  ko: (n) => `${n}님, 안녕하세요! `,
  ja: (n) => `${n}様、こんにちは。`,
  sv: (n) => `Hej ${n}! `,
  de: (n) => `Hallo ${n}! `,
  fr: (n) => `Bonjour ${n} ! `,
  es: (n) => `¡Hola, ${n}! `,
};

/**
 * The assistant's voice over the shared engine's reply, from deterministic templates:
 * answers open in the assistant's tone, and the first reply to a customer whose user
 * context has a `name` trait greets them by it.
 */
export function inVoice(reply: Reply, assistant: Assistant, customer?: { name?: string; first: boolean }): string {
  const opening = reply.intent === 'answer' ? OPENING[assistant.tone][reply.language] : '';
  const greeting = customer?.first && customer.name ? BY_NAME[reply.language](customer.name) : '';
  // A welcome already says hello; the name goes into it instead of a second greeting.
  if (reply.intent === 'greeting' && greeting) return `${greeting}${reply.text.replace(/^[^!!]*[!!]\s*/u, '')}`;
  return `${greeting}${opening}${reply.text}`;
}
