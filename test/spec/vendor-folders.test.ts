import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VENDOR_MODULES } from '../../src/vendors/index.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe('a vendor lives in one folder', () => {
  it('no file under src/ names a vendor outside src/vendors/<vendor>/, but the list and the generated types', () => {
    const names = VENDOR_MODULES.map((v) => v.name);
    const named = files(SRC)
      .map((path) => relative(SRC, path).replaceAll('\\', '/'))
      .filter((path) => !path.startsWith('generated/') && path !== 'vendors/index.ts')
      .filter((path) => !names.some((n) => path.startsWith(`vendors/${n}/`)))
      .flatMap((path) => {
        const text = readFileSync(join(SRC, path), 'utf8').toLowerCase();
        return names.filter((n) => text.includes(n)).map((n) => `${path} names ${n}`);
      });
    expect(named).toEqual([]);
  });

  it('no vendor folder imports from the admin folder or from another vendor', () => {
    const crossing = VENDOR_MODULES.flatMap((v) =>
      files(join(SRC, 'vendors', v.name)).flatMap((path) => {
        const imports = [...readFileSync(path, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
        const others = VENDOR_MODULES.filter((o) => o !== v).map((o) => `/${o.name}/`);
        return imports
          .filter((i) => i.includes('/admin/') || others.some((o) => i.includes(`..${o}`)))
          .map((i) => `${relative(SRC, path)} imports ${i}`);
      }),
    );
    expect(crossing).toEqual([]);
  });
});
