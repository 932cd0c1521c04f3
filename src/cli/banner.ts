import type { MockApp } from '../app/create-app.js';
import { DEMO } from '../fixtures/defaults.js';

/** What a person needs to start calling the mock: base URLs and working credentials. */
export function banner(app: MockApp, url: string): string {
  const base = Object.fromEntries(app.vendors.map((v) => [v.name, `${url}${v.mount}${v.basePath}`]));
  const keys = app.services.asyntai;
  const asyntaiKeys = [...keys.accounts.values()].map((a) => `    ${a.apiKey.padEnd(22)} ${a.plan.padEnd(9)} websites ${keys.websitesOf(a.id).map((w) => w.id).join(', ')}`);
  const bots = [...app.services.chungtair.bots.values()].map((b) => `    ${b.token}  ${b.paused ? 'paused' : b.enabled ? 'enabled' : 'disabled'}  ${b.config.bot_name}`);
  const orgs = [...app.services.companin.orgs.values()].map((o) => {
    const assistants = app.services.companin.assistants.all('org', o.id).map((a) => a.id).join(', ');
    return `    client_id ${o.clientId}  secret ${o.clientSecret}  assistants ${assistants}`;
  });
  return [
    `supportbot-mock listening on ${url}  (clock ${app.services.clock.iso()}, ${app.services.config.clockMode}; seed ${app.services.config.seed}${app.services.config.unlimited ? '; UNLIMITED' : ''})`,
    '',
    `  Asyntai    ${base.asyntai}   (real: https://asyntai.com/api/v1/)`,
    ...asyntaiKeys,
    `  Chungtair  ${base.chungtair}   (real: https://aibot.chungtair.com/api/widget/)`,
    ...bots,
    `  Companin   ${base.companin}   (real: https://app.companin.tech/api/v1/)`,
    ...orgs,
    '',
    `  Admin      ${url}/__admin/reset  ${url}/__admin/clock  ${url}/__admin/faults  ${url}/__admin/journal`,
    `  Try:       curl -X POST ${base.asyntai}chat/ -H 'Authorization: Bearer ${DEMO.asyntai.starter}' -H 'Content-Type: application/json' -d '{"message":"What are your business hours?"}'`,
  ].join('\n');
}
