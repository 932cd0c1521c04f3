// A Node 20 base image from Debian's own packages (trixie has nodejs 20.19), made with
// mmdebstrap and imported into podman: this machine reaches Debian's mirror and the npm
// registry but no image registry. The TLS roots this machine adds to Debian's (a CI
// network's egress CA) go into the base too, so npm in the build trusts what it trusts here.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { podman } from './podman.mjs';

const SUITE = 'trixie';
const MIRROR = 'http://deb.debian.org/debian';
const PACKAGES = ['nodejs', 'npm', 'ca-certificates'];
const LOCAL_CAS = '/usr/local/share/ca-certificates';

/** The base's tag: made once per recipe and set of local CAs, then reused. */
export function baseImage() {
  const cas = readdirSync(LOCAL_CAS, { recursive: true })
    .filter((f) => String(f).endsWith('.crt'))
    .map((f) => readFileSync(join(LOCAL_CAS, String(f))));
  const recipe = createHash('sha256')
    .update(JSON.stringify([SUITE, MIRROR, PACKAGES]))
    .update(Buffer.concat(cas));
  const tag = `localhost/supportbot-mock-base:${SUITE}-${recipe.digest('hex').slice(0, 12)}`;
  try {
    podman(['image', 'exists', tag]);
    console.log(`reusing ${tag}`);
    return tag;
  } catch {
    // Not made yet.
  }
  const dir = mkdtempSync(join(tmpdir(), 'sbm-base-'));
  try {
    const tar = join(dir, 'base.tar');
    execFileSync(
      'mmdebstrap',
      [
        '--variant=apt',
        `--include=${PACKAGES.join(',')}`,
        `--customize-hook=copy-in ${LOCAL_CAS} /usr/local/share`,
        '--customize-hook=chroot "$1" update-ca-certificates',
        // apt's lists and caches are not part of an image.
        '--customize-hook=rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*',
        SUITE,
        tar,
        MIRROR,
      ],
      { stdio: 'inherit' },
    );
    podman([
      'import',
      '--change',
      'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt',
      '--change',
      'CMD ["node"]',
      tar,
      tag,
    ]);
    return tag;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
