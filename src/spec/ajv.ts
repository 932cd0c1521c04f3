import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS with a default export; under NodeNext the default sits one level down.
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as typeof addFormatsModule.default;

export type AjvInstance = InstanceType<typeof Ajv2020>;

/**
 * Formats are checked only on strings up to this length. Some format regexes (uri) grow
 * worse than linearly and overflow the stack on megabytes, and with allErrors Ajv runs a
 * format even after maxLength failed; longer strings simply fail the format.
 */
const FORMAT_MAX_LENGTH = 8192;

type FormatEntry = RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean); type?: string };

function bounded(entry: FormatEntry): FormatEntry {
  const test = (v: RegExp | ((s: string) => boolean)) => (typeof v === 'function' ? v : (s: string) => v.test(s));
  if (entry instanceof RegExp || typeof entry === 'function') {
    const check = test(entry);
    return (s: string) => s.length <= FORMAT_MAX_LENGTH && check(s);
  }
  if (entry.type && entry.type !== 'string') return entry;
  const check = test(entry.validate);
  return { ...entry, validate: (s: string) => s.length <= FORMAT_MAX_LENGTH && check(s) };
}

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12. `strict: false` because the spec carries
 * OpenAPI keywords (example, x-observed, format: binary) that are not JSON Schema.
 * `validateSchema: false`: every schema compiled here is our own (the spec, which
 * swagger-parser and Redocly check in the tests, and the fixtures schemas), and checking
 * each against the 2020-12 meta-schema first compiled that meta-schema in every Ajv
 * instance: 150 ms of the 550 ms to the first 200 (docs/performance.md).
 */
export function createAjv(options: { coerce?: boolean } = {}): AjvInstance {
  const ajv = new Ajv2020({
    strict: false,
    validateSchema: false,
    // Nor is a meta-schema needed to compile ours: adding 2020-12's took 20 ms per instance.
    meta: false,
    allErrors: true,
    coerceTypes: options.coerce ?? false,
    useDefaults: options.coerce ?? false,
    validateFormats: true,
  });
  addFormats(ajv);
  for (const [name, entry] of Object.entries(ajv.formats)) {
    if (entry !== true && entry !== undefined) ajv.addFormat(name, bounded(entry as FormatEntry) as never);
  }
  ajv.addFormat('binary', true);
  return ajv;
}
