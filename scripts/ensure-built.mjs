// `npm start`'s first step: builds when dist/ is missing or older than the sources. The
// build runs when the package is packed (prepack), not when it is installed, so a consumer
// project never runs an install script of ours; a checkout builds here, or through npm test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const built = new URL('dist/bin/main.js', root);

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(new URL(dir, root), { recursive: true, withFileTypes: true }))
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  return latest;
}

const sources = Math.max(newest('src/'), newest('contracts/'), statSync(new URL('openapi.yaml', root)).mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('supportbot-mock: building (dist/ is missing or older than src/)');
  const { status } = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
  if (status !== 0) process.exit(status ?? 1);
}
