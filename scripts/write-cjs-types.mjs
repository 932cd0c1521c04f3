// Types for CommonJS projects that require() the msw entries (Node >= 20.19 loads our ESM
// there). msw ships separate types for require and import, and its HttpHandler class from one
// is not assignable to the other's: a .d.cts names msw in require mode, so the handlers we
// return fit the consumer's setupServer/setupWorker.
import { readFileSync, writeFileSync } from 'node:fs';

for (const name of ['msw', 'msw-browser']) {
  const types = readFileSync(`dist/adapters/${name}.d.ts`, 'utf8').replaceAll("from './msw.js'", "from './msw.cjs'");
  writeFileSync(`dist/adapters/${name}.d.cts`, types);
}
console.log('wrote dist/adapters/msw.d.cts and msw-browser.d.cts');
