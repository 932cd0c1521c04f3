import type { CompaninState } from './state.js';

export function companinBanner(state: CompaninState): string[] {
  return [...state.orgs.values()].map((o) => {
    const assistants = state.assistants
      .all('org', o.id)
      .map((a) => a.id)
      .join(', ');
    return `    client_id ${o.clientId}  secret ${o.clientSecret}  assistants ${assistants}`;
  });
}
