import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/spec/ajv.js';
import { SPEC_PATH, loadSpec, parseSpecYaml } from '../../src/spec/load-spec.js';
import { HTTP_METHODS } from '../../src/spec/operations.js';

/**
 * Every example in openapi.yaml is a valid instance of its schema: tools show them, Prism
 * serves them, and generated contract cases send them, so a wrong one misleads all three.
 */
describe('openapi.yaml examples', () => {
  it('each `example` and `examples` value of a body or parameter validates against its schema', async () => {
    const spec = await loadSpec();
    const ajv = createAjv();
    const problems: string[] = [];
    const check = (where: string, schema: unknown, value: unknown) => {
      if (!schema || value === undefined) return;
      const validate = ajv.compile(schema as object);
      if (!validate(value))
        problems.push(`${where}: ${validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
    };
    const media = (where: string, content: Record<string, any> = {}) => {
      for (const [type, m] of Object.entries(content)) {
        if (type !== 'application/json') continue;
        check(`${where} ${type} example`, m.schema, m.example);
        for (const [name, ex] of Object.entries<any>(m.examples ?? {}))
          check(`${where} examples.${name}`, m.schema, ex.value);
      }
    };
    let checked = 0;
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        const where = `${method.toUpperCase()} ${path}`;
        media(`${where} request`, op.requestBody?.content);
        for (const [status, res] of Object.entries<any>(op.responses)) media(`${where} ${status}`, res.content);
        for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])])
          check(`${where} parameter ${p.name}`, p.schema, p.example);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('ship as openapi.json too: the same document, written by the build', async () => {
    const json = JSON.parse(readFileSync(SPEC_PATH.replace(/\.yaml$/, '.json'), 'utf8'));
    expect(json).toEqual(await parseSpecYaml(readFileSync(SPEC_PATH, 'utf8')));
  });

  it('load in PyYAML (YAML 1.1, what Schemathesis and most Python tools read) as openapi.json', () => {
    // PyYAML's scanner is stricter than the yaml package's 1.1 mode: `[Business hours?]`
    // in a flow sequence stopped it, where both JavaScript parsers read on.
    const script = [
      'import json, sys, yaml',
      'tagged = lambda o: {"!not-json": type(o).__name__, "value": str(o)}',
      'print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), default=tagged))',
    ].join('\n');
    const python = ['python3', '/usr/bin/python3'].find(
      (p) => spawnSync(p, ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0,
    );
    expect(python, 'PyYAML: `apt-get install python3-yaml` (.ci/run installs it)').toBeDefined();
    const run = spawnSync(python!, ['-c', script, SPEC_PATH], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    const json = JSON.parse(readFileSync(SPEC_PATH.replace(/\.yaml$/, '.json'), 'utf8'));
    expect(JSON.parse(run.stdout)).toEqual(json);
  });

  it('parse the same with YAML 1.1 scalars (yes/no, octal, sexagesimal) as with YAML 1.2', async () => {
    const { parse } = await import('yaml');
    const text = readFileSync(SPEC_PATH, 'utf8');
    expect(parse(text, { version: '1.1' })).toEqual(parse(text, { version: '1.2' }));
  });
});
