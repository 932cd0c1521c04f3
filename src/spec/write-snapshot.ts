import { readFileSync, writeFileSync } from 'node:fs';
import { dereference } from './dereference.js';
import { SNAPSHOT_PATH, SPEC_PATH, hashSpecText, parseSpecYaml } from './load-spec.js';

/**
 * Build step: the dereferenced spec as JSON, stamped with the YAML's hash (see
 * load-spec.ts), and openapi.json beside openapi.yaml, the same document for tools that
 * read JSON only.
 */
const text = readFileSync(SPEC_PATH, 'utf8');
const parsed = await parseSpecYaml(text);
writeFileSync(SPEC_PATH.replace(/\.yaml$/, '.json'), `${JSON.stringify(parsed, null, 2)}\n`);
const spec = dereference(structuredClone(parsed));
writeFileSync(SNAPSHOT_PATH, JSON.stringify({ sha256: hashSpecText(text), spec }));
console.log(`wrote ${SNAPSHOT_PATH} and openapi.json`);
