import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/**
 * What the image promises, read from the Dockerfile. `npm run test:container` builds and runs
 * it with podman (it needs root, podman and Debian's mirror, and takes minutes, so it is a
 * command of its own, not part of this suite).
 */
describe('the Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));
  const instructions = (name: string) => lines.filter((l) => l.startsWith(`${name} `));

  it('builds in two stages on a base given as a build argument, defaulting to an official Node 20 slim image', () => {
    expect(instructions('ARG')).toEqual(['ARG BASE=node:20-slim']);
    expect(instructions('FROM')).toEqual(['FROM ${BASE} AS build', 'FROM ${BASE}']);
  });

  it('runs as a non-root user on 0.0.0.0:4010 with a health check, state in a volume and node as PID 1', () => {
    expect(instructions('USER')).toEqual(['USER 10001:10001']);
    expect(instructions('EXPOSE')).toEqual(['EXPOSE 4010']);
    expect(instructions('VOLUME')).toEqual(['VOLUME ["/data"]']);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\\\n {2}CMD \["node", "-e", ".*\/__admin\/health/m);
    expect(instructions('ENTRYPOINT')).toEqual(['ENTRYPOINT ["node", "/app/dist/bin/main.js"]']);
    expect(instructions('CMD')).toEqual(['CMD ["start", "--host", "0.0.0.0"]']);
  });

  it('sends no checkout-only folders into the build', () => {
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist']));
  });
});
