import type { ReplyLanguage } from './language.js';

/** Every fixed sentence the reply engine says, in each language it answers in. */
export const PHRASES: Record<'welcome' | 'fallback' | 'handoff', Record<ReplyLanguage, string>> = {
  welcome: {
    en: 'Hello! How can I help you today?',
    zh: '您好!請問有什麼可以幫您的嗎?',
    ko: '안녕하세요! 무엇을 도와드릴까요?',
    ja: 'こんにちは!ご用件をお聞かせください。',
    sv: 'Hej! Hur kan jag hjälpa dig i dag?',
    de: 'Hallo! Wie kann ich Ihnen heute helfen?',
    fr: "Bonjour ! Comment puis-je vous aider aujourd'hui ?",
    es: '¡Hola! ¿En qué puedo ayudarte hoy?',
  },
  fallback: {
    en:
      "I'm sorry, I couldn't find an answer to that in our knowledge base. " +
      'Would you like me to connect you with a human agent?',
    zh: '抱歉,我在知識庫中找不到這個問題的答案。需要為您轉接真人客服嗎?',
    ko: '죄송합니다. 지식 베이스에서 답을 찾지 못했습니다. 상담원을 연결해 드릴까요?',
    ja: '申し訳ありません。ナレッジベースに該当する回答が見つかりませんでした。担当者におつなぎしましょうか?',
    sv: 'Tyvärr hittade jag inget svar på det i vår kunskapsbas. Vill du att jag kopplar dig till en medarbetare?',
    de:
      'Leider habe ich dazu keine Antwort in unserer Wissensdatenbank gefunden. ' +
      'Soll ich Sie mit einem Mitarbeiter verbinden?',
    fr:
      "Désolé, je n'ai pas trouvé de réponse dans notre base de connaissances. " +
      'Voulez-vous que je vous mette en relation avec un conseiller ?',
    es:
      'Lo siento, no encontré una respuesta en nuestra base de conocimiento. ' +
      '¿Quieres que te ponga en contacto con un agente?',
  },
  handoff: {
    en: "I'll connect you with a human agent. Someone from our team will reply here shortly.",
    zh: '好的,我將為您轉接真人客服,稍後會有專人在此回覆您。',
    ko: '상담원에게 연결해 드리겠습니다. 곧 담당자가 여기에서 답변드릴 예정입니다.',
    ja: '担当者におつなぎします。まもなくスタッフがこちらでお返事いたします。',
    sv: 'Jag kopplar dig till en medarbetare. Någon från vårt team svarar här inom kort.',
    de: 'Ich verbinde Sie mit einem Mitarbeiter. Jemand aus unserem Team antwortet Ihnen hier in Kürze.',
    fr: "Je vous mets en relation avec un conseiller. Quelqu'un de notre équipe vous répondra ici sous peu.",
    es: 'Te pondré en contacto con un agente. Alguien de nuestro equipo te responderá aquí en breve.',
  },
};
