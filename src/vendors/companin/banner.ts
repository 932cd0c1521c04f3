import type { CompaninState } from './state.js';

/** Credentials, and what the vendor's widget needs: its API base is the origin, with the mount (client-facts A.0). */
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
  lines.push(
    `    widget: NEXT_PUBLIC_API_BASE_URL=${new URL(base).origin}${new URL(base).pathname.replace(/\/api\/v1\/$/, '')}`,
  );
  if (keys) lines.push(`    install keys ${keys}`);
  return lines;
}
