/** A parsed document whose nodes know where they sit in the text (`range`). */
interface YamlDocument {
  contents: unknown;
  getIn(path: unknown[], keepNode: true): unknown;
}

/** What this project uses of the `yaml` package. */
interface YamlModule {
  parse(text: string): unknown;
  parseDocument(text: string): YamlDocument;
}

/**
 * `yaml`, loaded on first use (it costs start-up time). Bundled by esbuild, the CommonJS
 * package's exports sit under `default`; under tsc output they are the namespace itself.
 */
async function yaml(): Promise<YamlModule> {
  const mod = (await import('yaml')) as unknown as Partial<YamlModule> & { default?: YamlModule };
  const found = mod.parse ? (mod as YamlModule) : mod.default;
  if (!found?.parse) throw new Error('the yaml package has no parse()');
  return found;
}

export async function parseYaml(text: string): Promise<unknown> {
  return (await yaml()).parse(text);
}

/** The text as a document whose nodes know where they sit (`range`), for errors that give a line. */
export async function parseYamlDocument(text: string): Promise<YamlDocument> {
  return (await yaml()).parseDocument(text);
}
