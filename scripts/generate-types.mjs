// `npm run generate`: src/generated/openapi.ts for the mock (paths under its mounts), and
// per vendor, its own spec (openapi/<vendor>.yaml and .json, real paths and servers) and
// src/generated/<vendor>.ts from it, for client authors.
import { mkdirSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { stringify } from 'yaml';
import { vendorSpecs } from './vendor-specs.mjs';

const spec = new URL('../openapi.yaml', import.meta.url);
writeFileSync(new URL('../src/generated/openapi.ts', import.meta.url), astToString(await openapiTS(spec)));
mkdirSync(new URL('../openapi/', import.meta.url), { recursive: true });
for (const { name, spec: own } of vendorSpecs(spec)) {
  const header = `# The ${name} API at its real paths: generated from openapi.yaml by npm run generate.\n`;
  writeFileSync(
    new URL(`../openapi/${name}.yaml`, import.meta.url),
    header + stringify(own, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
  writeFileSync(new URL(`../openapi/${name}.json`, import.meta.url), `${JSON.stringify(own, null, 2)}\n`);
  const types = astToString(await openapiTS(own));
  writeFileSync(
    new URL(`../src/generated/${name}.ts`, import.meta.url),
    `// The ${name} API with its real paths (generated from openapi.yaml by npm run generate).\n${types}`,
  );
}
console.log(
  'wrote src/generated/openapi.ts, and openapi/<vendor>.yaml, .json and src/generated/<vendor>.ts per vendor',
);
