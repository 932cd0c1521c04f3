import type { CompaninState } from './state.js';

/**
 * Credentials, and what the vendor's widget needs: its API base is an origin (client-facts
 * A.0), which its CSP allows as it is, so the host-name form, where the real paths start at /.
 */
export function companinBanner(state: CompaninState, base: string): string[] {
  const lines = [...state.orgs.values()].map((o) => {
    const assistants = state.assistants
      .all('org', o.id)
      .map((a) => a.id)
      .join(', ');
    return `    client_id ${o.clientId}  secret ${o.clientSecret}  assistants ${assistants}`;
  });
  const keys = [...state.widgetConfigs.values()]
    .filter((c) => c.installKey)
    .map((c) => `${c.installKey} (${c.widgetType})`)
    .join(', ');
  const origin = new URL(base);
  origin.hostname = 'companin.localhost';
  lines.push(`    widget: NEXT_PUBLIC_API_BASE_URL=${origin.origin}`);
  if (keys) lines.push(`    install keys ${keys}`);
  return lines;
}
