// podman as this script needs it on a CI machine, which is itself a container: runc
// (crun refuses a hybrid cgroup v1/v2 hierarchy), and a container's file and process
// limits set to this process's own (podman raises them past what such a machine allows).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Global flags, before the subcommand. */
export const podmanFlags = () =>
  existsSync('/usr/sbin/runc') || existsSync('/usr/bin/runc') ? ['--runtime', 'runc'] : [];

function limit(name) {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(name));
  const soft = line?.slice(26).trim().split(/\s+/)[0];
  return soft && soft !== 'unlimited' ? soft : undefined;
}

function ulimits() {
  const files = limit('Max open files');
  // Past 32768 (podman build's own default) such a machine refuses it, even under its own limit.
  const own = limit('Max processes');
  const procs = own && String(Math.min(Number(own), 32768));
  return [
    ...(files ? ['--ulimit', `nofile=${files}:${files}`] : []),
    ...(procs ? ['--ulimit', `nproc=${procs}:${procs}`] : []),
  ];
}

/** Runs podman; its output, or (inherit) shown as it goes. Throws on a non-zero exit. */
export function podman(args, { inherit = false } = {}) {
  const [command, ...rest] = args;
  const withLimits = ['build', 'run', 'create'].includes(command) ? [command, ...ulimits(), ...rest] : args;
  return execFileSync('podman', [...podmanFlags(), ...withLimits], {
    encoding: 'utf8',
    stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}
