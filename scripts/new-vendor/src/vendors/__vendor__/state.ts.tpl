import type { MockRuntime } from '../../app/runtime.js';
import { Table } from '../../core/table.js';
import type { __Vendor__Fixtures } from './fixtures.js';

export interface Account {
  key: string;
  id: string;
  name: string;
  createdAt: string;
}

export class __Vendor__State {
  readonly accounts = new Table<Account>((a) => a.key);
}

export function seed__Vendor__(fixtures: __Vendor__Fixtures | undefined, runtime: MockRuntime): __Vendor__State {
  const state = new __Vendor__State();
  for (const { key, name } of fixtures?.accounts ?? [])
    state.accounts.put({ key, id: runtime.random.uuid(), name: name ?? key, createdAt: runtime.clock.iso() });
  return state;
}
