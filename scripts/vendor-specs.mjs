// Each vendor's part of openapi.yaml as that vendor's own API: its paths without the mock's
// mount (/asyntai/api/v1/chat/ -> /api/v1/chat/) and its real origin as the server. The
// types a client author imports (supportbot-mock/types/<vendor>) are generated from these,
// so a typed client pointed at the real origin both type-checks and calls the right URL.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function vendorSpecs(specPath) {
  const spec = parse(readFileSync(specPath, 'utf8'));
  const names = spec.tags.filter((t) => t['x-vendor']).map((t) => t.name);
  // Components named for another vendor (AsyntaiError, chungtairToken) are left out.
  const othersOf = (name) => names.filter((n) => n !== name);
  const mine = (name, components) =>
    Object.fromEntries(
      Object.entries(components).map(([kind, entries]) => [
        kind,
        Object.fromEntries(
          Object.entries(entries).filter(([key]) => !othersOf(name).some((o) => key.toLowerCase().startsWith(o))),
        ),
      ]),
    );
  return spec.tags
    .filter((t) => t['x-vendor'])
    .map((tag) => {
      const { mount, origin } = tag['x-vendor'];
      const paths = Object.fromEntries(
        Object.entries(spec.paths)
          .filter(([p]) => p.startsWith(`${mount}/`))
          .map(([p, item]) => [p.slice(mount.length), item]),
      );
      const { webhooks: _webhooks, ...rest } = spec;
      return {
        name: tag.name,
        spec: { ...rest, servers: [{ url: origin }], tags: [tag], paths, components: mine(tag.name, spec.components) },
      };
    });
}
