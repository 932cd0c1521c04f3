/**
 * `yaml`, loaded on first use (it costs start-up time). Bundled by esbuild, the CommonJS
 * package's exports sit under `default`; under tsc output they are the namespace itself.
 */
export async function parseYaml(text: string): Promise<unknown> {
  const mod = (await import('yaml')) as unknown as {
    parse?: (t: string) => unknown;
    default?: { parse: (t: string) => unknown };
  };
  const parse = mod.parse ?? mod.default?.parse;
  if (!parse) throw new Error('the yaml package has no parse()');
  return parse(text);
}
