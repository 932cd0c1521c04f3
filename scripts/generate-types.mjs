// `npm run generate`: src/generated/openapi.ts for the mock (paths under its mounts), and
// src/generated/<vendor>.ts per vendor with the vendor's real paths, for client authors.
import { writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { vendorSpecs } from './vendor-specs.mjs';

const spec = new URL('../openapi.yaml', import.meta.url);
writeFileSync(new URL('../src/generated/openapi.ts', import.meta.url), astToString(await openapiTS(spec)));
for (const { name, spec: own } of vendorSpecs(spec)) {
  const types = astToString(await openapiTS(own));
  writeFileSync(
    new URL(`../src/generated/${name}.ts`, import.meta.url),
    `// The ${name} API with its real paths (generated from openapi.yaml by npm run generate).\n${types}`,
  );
}
console.log('wrote src/generated/openapi.ts and one file per vendor');
