// `npm run new-vendor -- <name>`: writes a working vendor from scripts/new-vendor/ (its
// folder, tag, paths and components in openapi.yaml, its line in the vendor list, its
// tests, contract flows, Prism walk and fidelity notes), then runs `npm run generate`.
// Right after it `npm test` passes; CONTRIBUTING.md's "Add a vendor" says what to change
// next, and test/cli/new-vendor.test.ts runs this in a copy of the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATES = join(ROOT, 'scripts', 'new-vendor');
// Names the contract runner's flags or the package already use.
const RESERVED = new Set(['admin', 'help', 'reset', 'seed', 'junit', 'json', 'types', 'msw', 'browser']);

function fail(message) {
  console.error(`new-vendor: ${message}`);
  process.exit(2);
}

const name = process.argv[2];
if (!name || process.argv.length > 3) fail('usage: npm run new-vendor -- <name>  (lowercase letters and digits)');
if (!/^[a-z][a-z0-9]{1,30}$/.test(name))
  fail(`"${name}": a vendor name is 2 to 31 lowercase letters and digits, starting with a letter`);
if (RESERVED.has(name)) fail(`"${name}" is taken by a CLI flag or a package path; choose another name`);
if (existsSync(join(ROOT, 'src', 'vendors', name))) fail(`src/vendors/${name}/ exists already`);

const words = {
  __VENDOR__: name.toUpperCase(),
  __Vendor__: name[0].toUpperCase() + name.slice(1),
  __vendor__: name,
};
const fill = (text) => Object.entries(words).reduce((t, [k, v]) => t.replaceAll(k, v), text);
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const template = (path) => fill(readFileSync(join(TEMPLATES, path), 'utf8'));

const spec = read('openapi.yaml');
if (new RegExp(`^  - name: ${name}$`, 'm').test(spec)) fail(`openapi.yaml has a tag "${name}" already`);

/** The line after the last one inside a YAML mapping key (by indentation), comments and blanks aside. */
function endOf(lines, keys) {
  let at = -1;
  for (const [depth, key] of keys.entries()) {
    const head = `${'  '.repeat(depth)}${key}:`;
    at = lines.findIndex((l, i) => i > at && (l === head || l.startsWith(`${head} `)));
    if (at < 0) fail(`openapi.yaml has no ${keys.slice(0, depth + 1).join('.')}`);
  }
  const indent = 2 * (keys.length - 1);
  let end = at + 1;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    if (l.length - l.trimStart().length <= indent) break;
    end = i + 1;
  }
  return end;
}

function addToSpec(text) {
  let lines = text.split('\n');
  // From the bottom up, so an insertion does not move the places still to come.
  const places = [
    [['components', 'schemas'], 'schemas'],
    [['components', 'responses'], 'responses'],
    [['components', 'securitySchemes'], 'security-schemes'],
    [['paths'], 'paths'],
    [['tags'], 'tag'],
  ];
  const at = places.map(([keys, file]) => [endOf(lines, keys), file]).sort((a, b) => b[0] - a[0]);
  for (const [end, file] of at) {
    const block = template(`openapi/${file}.yaml.tpl`).replace(/\n$/, '').split('\n');
    lines = [...lines.slice(0, end), ...block, ...lines.slice(end)];
  }
  return lines.join('\n');
}

function addToVendorList(text) {
  const list = /export const VENDOR_MODULES = \[([^\]]*)\] as const;/;
  const imports = [...text.matchAll(/^import \{ \w+ \} from '\.\/\w+\/index\.js';$/gm)];
  if (!list.test(text) || !imports.length) fail('src/vendors/index.ts: cannot find VENDOR_MODULES and its imports');
  const last = imports.at(-1);
  const at = last.index + last[0].length;
  const withImport = `${text.slice(0, at)}\nimport { ${name} } from './${name}/index.js';${text.slice(at)}`;
  return withImport.replace(list, (_, names) => `export const VENDOR_MODULES = [${names}, ${name}] as const;`);
}

function addToFidelity(text) {
  const gaps = text.indexOf('\n## Known gaps');
  const section = template('docs/fidelity.md.tpl');
  return gaps < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, gaps + 1)}${section}${text.slice(gaps + 1)}`;
}

/** Every template file but the spec's and the docs' fragments, to its place in the repository. */
function* templateFiles(dir = TEMPLATES) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const rel = relative(TEMPLATES, path);
    if (entry.isDirectory()) {
      if (rel !== 'openapi' && rel !== 'docs') yield* templateFiles(path);
    } else if (entry.name.endsWith('.tpl')) yield rel;
  }
}

// Everything is worked out first, so a template or anchor that is missing writes nothing.
const writes = new Map();
for (const rel of templateFiles()) writes.set(fill(rel.replace(/\.tpl$/, '')), template(rel));
for (const path of writes.keys()) if (existsSync(join(ROOT, path))) fail(`${path} exists already`);
writes.set('openapi.yaml', addToSpec(spec));
writes.set('src/vendors/index.ts', addToVendorList(read('src/vendors/index.ts')));
writes.set('docs/fidelity.md', addToFidelity(read('docs/fidelity.md')));

for (const [path, text] of writes) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
}

const run = (command, args) => {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${r.status})`);
};
run('npm', ['run', '--silent', 'generate']);
const code = [...writes.keys()].filter((p) => p.endsWith('.ts'));
run(join(ROOT, 'node_modules', '.bin', 'prettier'), ['--log-level', 'warn', '--write', ...code]);

console.log(`new-vendor: wrote ${name}:\n${[...writes.keys()].map((p) => `  ${p}`).join('\n')}
and ran npm run generate. Next: \`npm test\` passes as it is; then follow CONTRIBUTING.md's
"Add a vendor" to make it the real ${words.__Vendor__} (origin, paths, auth, error shape, limits).`);
