import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
/** No phone number has fewer than 7 digits: below that the (costly) phone scan is skipped. */
const SEVEN_DIGITS = /(?:\d\D{0,3}){7}/;

export interface Contacts {
  emails: string[];
  /** E.164, normalised by libphonenumber-js. */
  phones: string[];
}

/**
 * Emails and phone numbers a visitor typed, including the widget's markers such as
 * `[EMAIL_SUBMITTED]name@example.com`. Numbers without a country code are read as
 * `defaultCountry`'s (US unless the caller knows better).
 */
export function extractContacts(text: string, defaultCountry: CountryCode = 'US'): Contacts {
  const emails = [...new Set((text.match(EMAIL) ?? []).map((e) => e.toLowerCase()))];
  const rest = text.replace(EMAIL, ' ');
  const phones = SEVEN_DIGITS.test(rest)
    ? [...new Set(findPhoneNumbersInText(rest, { defaultCountry }).map((p) => p.number.number as string))]
    : [];
  return { emails, phones };
}
