// The sentence each limited operation's description carries for each limit in `x-limits`
// ("Limit `name` (x-limits): <the limit's description>"), written from the limits
// themselves by `npm run generate`, so that no one copies a sentence by hand; a test fails
// when openapi.yaml's sentences are stale. Run alone: `node scripts/limit-sentences.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SENTENCE = /^\s*Limit `[^`]+` \(x-limits\): /;

/** Each operationId with the sentences its limits give it, in the order the spec declares them. */
function sentencesOf(spec) {
  const ops = [];
  for (const item of Object.values(spec.paths ?? {}))
    for (const m of METHODS) if (item[m]) ops.push({ id: item[m].operationId, tag: item[m].tags?.[0], method: m });
  const out = new Map(ops.map((o) => [o.id, []]));
  for (const tag of spec.tags ?? [])
    for (const [name, limit] of Object.entries(tag['x-limits'] ?? {})) {
      const own = ops.filter((o) => o.tag === tag.name && o.method !== 'options').map((o) => o.id);
      for (const id of limit.operations === '*' ? own : limit.operations)
        out.get(id)?.push(`Limit \`${name}\` (x-limits): ${limit.description}`);
    }
  return out;
}

/**
 * openapi.yaml's text with every operation's limit sentences as its limits say: stale
 * ones rewritten, missing ones added at the end of its `description: >-` block (one made
 * after `summary:` where it has none), and ones for a limit that no longer applies removed.
 */
export function syncLimitSentences(text) {
  const wanted = sentencesOf(parse(text));
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const op = /^(\s*)operationId: (\S+)\s*$/.exec(lines[i]);
    out.push(lines[i]);
    if (!op || !wanted.has(op[2])) continue;
    const indent = op[1];
    // The operation's own keys run while the indentation stays at least this deep.
    let end = i + 1;
    while (end < lines.length && (lines[end].startsWith(indent) || lines[end].trim() === '')) end++;
    const body = lines.slice(i + 1, end);
    const sentences = wanted.get(op[2]).map((s) => `${indent}  ${s}`);
    const d = body.findIndex((l) => l === `${indent}description: >-`);
    if (d >= 0) {
      let stop = d + 1;
      while (stop < body.length && body[stop].startsWith(`${indent}  `)) stop++;
      const kept = body.slice(d + 1, stop).filter((l) => !SENTENCE.test(l));
      body.splice(d + 1, stop - d - 1, ...kept, ...sentences);
      if (kept.length === 0 && sentences.length === 0) body.splice(d, 1);
    } else if (sentences.length) {
      const s = body.findIndex((l) => l.startsWith(`${indent}summary:`));
      body.splice(s + 1, 0, `${indent}description: >-`, ...sentences);
    }
    out.push(...body);
    i = end - 1;
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = new URL('../openapi.yaml', import.meta.url);
  const before = readFileSync(path, 'utf8');
  const after = syncLimitSentences(before);
  if (after !== before) writeFileSync(path, after);
  console.log(after === before ? 'openapi.yaml: limit sentences current' : 'openapi.yaml: limit sentences written');
}
