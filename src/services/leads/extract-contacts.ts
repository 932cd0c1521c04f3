type PhoneReader = typeof import('libphonenumber-js').findPhoneNumbersInText;
/** ISO 3166 alpha-2, as libphonenumber-js names countries ('US', 'SE'); kept a string so the types need no import. */
type CountryCode = string;

let findPhoneNumbersInText: PhoneReader | undefined;
/** No phone number has fewer than 7 digits. */
const MIN_PHONE_DIGITS = 7;

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * libphonenumber-js and its metadata (38 KB gzipped, a quarter of the browser build) load on
 * the first text that could hold a phone number. The answer is a promise only while that
 * load is needed, so a caller awaits nothing on the common path. Call before extractContacts.
 */
export function phoneReaderFor(texts: Iterable<string>): Promise<void> | undefined {
  if (findPhoneNumbersInText) return undefined;
  for (const text of texts)
    if (digitCount(text) >= MIN_PHONE_DIGITS)
      return import('libphonenumber-js').then((m) => {
        findPhoneNumbersInText = m.findPhoneNumbersInText;
      });
  return undefined;
}

export interface Contacts {
  emails: string[];
  /** E.164, normalised by libphonenumber-js. */
  phones: string[];
}

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
const TLD = /\.[A-Za-z]{2,}$/;

/**
 * Emails, found by walking out from each `@` over the characters an address may hold: no
 * character is visited more than twice, where a regex such as /[\w.]+@.../ backtracks over
 * every start position (10,000 letters without an @ took 0.4 s). `rest` is the text with
 * each address blanked, for the phone scan.
 */
function findEmails(text: string): { emails: string[]; rest: string } {
  const found = new Set<string>();
  const rest: string[] = [];
  let kept = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > Math.max(kept, 0) && LOCAL.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end])) end++;
    const domain = text.slice(at + 1, end).replace(/[.-]+$/, '');
    if (start === at || !TLD.test(domain)) continue;
    found.add(`${text.slice(start, at)}@${domain}`.toLowerCase());
    rest.push(text.slice(kept, start), ' ');
    kept = at + 1 + domain.length;
    at = kept - 1;
  }
  rest.push(text.slice(kept));
  return { emails: [...found], rest: rest.join('') };
}

/**
 * Runs that could be a phone number: a digit, then up to 24 digits, spaces and separators,
 * ending in a digit, with a `+` or `(` before it if there is one. The bounded repeat keeps
 * the scan linear; libphonenumber-js then reads each short run (on a whole 10,000-digit
 * message it took 0.6 s).
 */
const PHONE_RUN = /\+?\(?\d[\d\s().\-/]{5,24}\d/g;
/** Runs read per message: a message is not a phone book. */
const MAX_PHONE_RUNS = 20;

function findPhones(text: string, defaultCountry: CountryCode): string[] {
  const found = new Set<string>();
  let runs = 0;
  for (const [run] of text.matchAll(PHONE_RUN)) {
    if (digitCount(run) < MIN_PHONE_DIGITS) continue;
    // Blanking emails only removes digits, so a run here means phoneReaderFor saw enough to load.
    if (!findPhoneNumbersInText) throw new Error('extractContacts before phoneReaderFor loaded the phone reader');
    const country = defaultCountry as import('libphonenumber-js').CountryCode;
    for (const p of findPhoneNumbersInText(run, { defaultCountry: country })) found.add(p.number.number as string);
    if (++runs >= MAX_PHONE_RUNS) break;
  }
  return [...found];
}

/**
 * Emails and phone numbers a visitor typed, including the widget's markers such as
 * `[EMAIL_SUBMITTED]name@example.com`. Numbers without a country code are read as
 * `defaultCountry`'s (US unless the caller knows better). Linear in the message. The phone
 * reader must be loaded first where the text has digits enough (phoneReaderFor).
 */
export function extractContacts(text: string, defaultCountry: CountryCode = 'US'): Contacts {
  // Most messages hold neither: no `@`, and too few digits for any number.
  if (!text.includes('@') && digitCount(text) < MIN_PHONE_DIGITS) return { emails: [], phones: [] };
  const { emails, rest } = findEmails(text);
  return { emails, phones: findPhones(rest, defaultCountry) };
}
