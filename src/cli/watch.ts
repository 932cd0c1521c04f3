import { watch } from 'node:fs';
import { createMockApp, type MockApp } from '../create-app.js';
import type { VendorModule } from '../app/vendor-module.js';
import { Table } from '../core/table.js';
import type { FixturesFile } from '../fixtures/types.js';
import { inFile, readFixturesFile } from '../fixtures/load-fixtures.js';

/** Editors save in bursts (truncate, write, rename): one reload after the last event. */
const RELOAD_DEBOUNCE_MS = 200;

/** Which records came from fixtures: per vendor and table, their keys; and the knowledge entries'. */
interface FixtureKeys {
  tables: Map<string, Set<string>>;
  knowledge: Set<string>;
}

/** A mock seeded from `fixtures` alone, aside from the live one, to read what fixtures make. */
const seeded = (live: MockApp, fixtures: FixturesFile | undefined, seed: number) =>
  createMockApp({
    seed,
    fixtures,
    clockMode: 'frozen',
    clockStart: live.runtime.clock.iso(),
    spec: live.runtime.spec,
  });

const tablesOf = (app: MockApp, vendors: readonly VendorModule[]) =>
  vendors.flatMap((v) =>
    Object.entries(app.runtime.stateOf(v.name) as Record<string, unknown>)
      .filter((entry): entry is [string, Table<unknown>] => entry[1] instanceof Table)
      .map(([prop, table]) => ({ key: `${v.name}.${prop}`, vendor: v.name, prop, table })),
  );

function keysOf(app: MockApp, vendors: readonly VendorModule[]): FixtureKeys {
  return {
    tables: new Map(tablesOf(app, vendors).map((t) => [t.key, new Set(t.table.dump().map((r) => t.table.keyOf(r)))])),
    knowledge: new Set(app.runtime.knowledge.dump().map((e) => e.id)),
  };
}

/**
 * `--watch`: reloads the fixtures file when it changes. Records that came from the old
 * fixtures give way to the new file's; everything else (sessions, leads, knowledge added
 * through the APIs) stays. A file that no longer reads is logged and changes nothing.
 */
export async function watchFixtures(
  file: string,
  live: MockApp,
  vendors: readonly VendorModule[],
  start: { seed: number; fixtures: FixturesFile | undefined },
  log: (line: string) => void = console.log,
): Promise<{ reload(): Promise<void>; close(): void }> {
  let fromFixtures = keysOf(await seeded(live, start.fixtures, start.seed), vendors);
  let reloads = 0;

  const reload = async () => {
    let fixtures: FixturesFile;
    let fresh: MockApp;
    try {
      fixtures = await readFixturesFile(file, vendors);
      // Another seed than the live one, so that ids the new fixtures draw never meet ids the live mock gave out.
      fresh = await seeded(live, fixtures, start.seed + 7919 * ++reloads);
    } catch (e) {
      log(`supportbot-mock: ${file} not reloaded: ${(inFile(file, e) as Error).message}`);
      return;
    }
    const kept = { records: 0 };
    const freshTables = new Map(tablesOf(fresh, vendors).map((t) => [t.key, t.table]));
    for (const t of tablesOf(live, vendors)) {
      const next = freshTables.get(t.key)!;
      const nextKeys = new Set(next.dump().map((r) => next.keyOf(r)));
      const old = fromFixtures.tables.get(t.key) ?? new Set();
      const own = t.table.dump().filter((r) => !old.has(t.table.keyOf(r)) && !nextKeys.has(t.table.keyOf(r)));
      kept.records += own.length;
      t.table.load([...next.dump(), ...own]);
    }
    const nextKnowledge = fresh.runtime.knowledge.dump();
    const nextIds = new Set(nextKnowledge.map((e) => e.id));
    const ownKnowledge = live.runtime.knowledge
      .dump()
      .filter((e) => !fromFixtures.knowledge.has(e.id) && !nextIds.has(e.id));
    live.runtime.knowledge.load([...nextKnowledge, ...ownKnowledge]);
    // Settings that are not records (UI translations) follow the file; what a run gathered (Maps) stays.
    for (const v of vendors) {
      const state = live.runtime.stateOf(v.name) as Record<string, unknown>;
      for (const [prop, value] of Object.entries(fresh.runtime.stateOf(v.name) as Record<string, unknown>))
        if (!(value instanceof Table) && !(value instanceof Map)) state[prop] = value;
    }
    live.runtime.replacePages(fixtures.pages ?? {});
    live.runtime.replies.remember(fixtures.replies ?? []);
    fromFixtures = keysOf(fresh, vendors);
    log(
      `supportbot-mock: reloaded ${file}; kept ${kept.records} records and ` +
        `${ownKnowledge.length} knowledge entries not from it`,
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher = watch(file, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), RELOAD_DEBOUNCE_MS);
  });
  return {
    reload,
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
