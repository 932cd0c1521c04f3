import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS with a default export; under NodeNext the default sits one level down.
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as typeof addFormatsModule.default;

export type AjvInstance = InstanceType<typeof Ajv2020>;

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12. `strict: false` because the spec carries
 * OpenAPI keywords (example, x-observed, format: binary) that are not JSON Schema.
 */
export function createAjv(options: { coerce?: boolean } = {}): AjvInstance {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    coerceTypes: options.coerce ?? false,
    useDefaults: options.coerce ?? false,
    validateFormats: true,
  });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  return ajv;
}
