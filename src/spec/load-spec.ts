import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dereference } from './dereference.js';
import { parseYaml } from './yaml.js';

/**
 * Loads openapi.yaml, dereferenced. Parsing the YAML costs ~170 ms, more than half the
 * start-up budget, so the build writes a JSON snapshot beside the code; it is used only
 * while its hash still matches the YAML, so an edited spec is never served stale.
 */
export const SPEC_PATH = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));
export const SNAPSHOT_PATH = fileURLToPath(new URL('../openapi.snapshot.json', import.meta.url));

export type OpenApiDocument = Record<string, any> & { paths: Record<string, Record<string, any>> };

export function hashSpecText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function parseSpecYaml(text: string): Promise<OpenApiDocument> {
  return (await parseYaml(text)) as OpenApiDocument;
}

export async function loadSpec(path = SPEC_PATH): Promise<OpenApiDocument> {
  const text = readFileSync(path, 'utf8');
  if (path === SPEC_PATH && existsSync(SNAPSHOT_PATH)) {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as { sha256: string; spec: OpenApiDocument };
    if (snapshot.sha256 === hashSpecText(text)) return snapshot.spec;
  }
  return dereference(await parseSpecYaml(text));
}
