import { ASYNTAI_DEMO } from './fixtures.js';
import type { AsyntaiState } from './state.js';

export function asyntaiBanner(state: AsyntaiState, baseUrl: string): string[] {
  const accounts = [...state.accounts.values()].map(
    (a) =>
      `    ${a.apiKey.padEnd(22)} ${a.plan.padEnd(9)} websites ${state
        .websitesOf(a.id)
        .map((w) => w.id)
        .join(', ')}`,
  );
  const example = JSON.stringify({ message: 'What are your business hours?' });
  return [
    ...accounts,
    `    try: curl -X POST ${baseUrl}chat/ -H 'Authorization: Bearer ${ASYNTAI_DEMO.starter}' ` +
      `-H 'Content-Type: application/json' -d '${example}'`,
  ];
}
