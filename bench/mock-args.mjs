/** The command line of a mock the bench measures: the CLI on `port`, unlimited, its request log off. */
export const mockArgs = ({ port, maxSessions = 100_000, fixtures, node = [] }) => [
  ...node,
  'dist/bin/main.js',
  'start',
  '--port',
  String(port),
  // The request log is a developer's view; its lines would go to /dev/null here anyway.
  '--quiet',
  '--unlimited',
  ...(fixtures ? ['--fixtures', fixtures] : []),
  '--max-sessions',
  String(maxSessions),
];
