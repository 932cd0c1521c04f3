import { readFileSync, writeFileSync } from 'node:fs';
import { dereference } from './dereference.js';
import { SNAPSHOT_PATH, SPEC_PATH, hashSpecText, parseSpecYaml } from './load-spec.js';

/** Build step: the dereferenced spec as JSON, stamped with the YAML's hash (see load-spec.ts). */
const text = readFileSync(SPEC_PATH, 'utf8');
const spec = dereference(await parseSpecYaml(text));
writeFileSync(SNAPSHOT_PATH, JSON.stringify({ sha256: hashSpecText(text), spec }));
console.log(`wrote ${SNAPSHOT_PATH}`);
