// Each vendor's part of openapi.yaml as that vendor's own API: its paths without the mock's
// mount (/asyntai/api/v1/chat/ -> /api/v1/chat/), its real origin as the first server and
// the mock's forms after it. `npm run generate` writes them to openapi/<vendor>.yaml and
// .json, and the types a client author imports (supportbot-mock/types/<vendor>) from them,
// so a client generated from one reaches the vendor or the mock by its base URL alone.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function vendorSpecs(specPath) {
  const spec = parse(readFileSync(specPath, 'utf8'));
  // Only the components the vendor's paths reach, by $ref or by security scheme name.
  const reached = (paths) => {
    const keep = new Set();
    const walk = (node) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') && !keep.has(value)) {
          keep.add(value);
          const [, , kind, name] = value.split('/');
          walk(spec.components[kind]?.[name]);
        } else if (key === 'security' && Array.isArray(value)) {
          for (const scheme of value.flatMap((s) => Object.keys(s))) keep.add(`#/components/securitySchemes/${scheme}`);
        } else walk(value);
      }
    };
    walk(paths);
    return Object.fromEntries(
      Object.entries(spec.components)
        .map(([kind, entries]) => [
          kind,
          Object.fromEntries(Object.entries(entries).filter(([key]) => keep.has(`#/components/${kind}/${key}`))),
        ])
        .filter(([, entries]) => Object.keys(entries).length > 0),
    );
  };
  return spec.tags
    .filter((t) => t['x-vendor'])
    .map((tag) => {
      const { mount, origin } = tag['x-vendor'];
      const paths = Object.fromEntries(
        Object.entries(spec.paths)
          .filter(([p]) => p.startsWith(`${mount}/`))
          .map(([p, item]) => [p.slice(mount.length), item]),
      );
      // The webhooks the vendor sends (Asyntai's events), for clients that receive them.
      const webhooks = Object.fromEntries(
        Object.entries(spec.webhooks ?? {}).filter(([, item]) =>
          Object.values(item).some((op) => op?.tags?.includes(tag.name)),
        ),
      );
      const { webhooks: _all, ...rest } = spec;
      const port = { port: { default: '4010', description: "supportbot-mock's --port" } };
      const servers = [
        { url: origin, description: 'the real service' },
        { url: `http://${tag.name}.localhost:{port}`, description: 'supportbot-mock, by host name', variables: port },
        { url: `http://127.0.0.1:{port}${mount}`, description: 'supportbot-mock, under its mount', variables: port },
      ];
      const info = {
        ...spec.info,
        title: `${tag.name} (supportbot-mock)`,
        summary: tag.description,
        description:
          `The ${tag.name} API at its real paths, as supportbot-mock serves it (generated from its ` +
          'openapi.yaml by npm run generate; docs/fidelity.md says what was assumed).',
      };
      return {
        name: tag.name,
        spec: {
          ...rest,
          info,
          servers,
          tags: [tag],
          paths,
          ...(Object.keys(webhooks).length ? { webhooks } : {}),
          components: reached([paths, webhooks]),
        },
      };
    });
}
