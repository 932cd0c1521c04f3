/**
 * How contract files declare their cases, with the names Vitest users know (describe, it,
 * beforeAll, afterAll), collected for the contract runner (contracts/run.ts) instead of
 * a test framework: the runner ships in the package and runs on Node alone.
 */
type Body = () => Promise<unknown> | unknown;

/** What a case needs of its target beyond reading it. */
export type Needs = 'nothing' | 'writes' | 'mock';

export interface ContractCase {
  suite: string;
  name: string;
  needs: Needs;
  run: Body;
}

export interface ContractFile {
  vendor: string;
  before: Body[];
  after: Body[];
  cases: ContractCase[];
}

let current: ContractFile | undefined;
let suite = '';

/** Collects the cases a contract module declares while `load` imports it. */
export async function collect(vendor: string, load: () => Promise<unknown>): Promise<ContractFile> {
  current = { vendor, before: [], after: [], cases: [] };
  try {
    await load();
    return current;
  } finally {
    current = undefined;
  }
}

const file = () => {
  if (!current) throw new Error('contract cases are declared only while the runner collects a contract file');
  return current;
};

export function describe(name: string, body: () => void): void {
  const outer = suite;
  suite = outer ? `${outer} > ${name}` : name;
  try {
    body();
  } finally {
    suite = outer;
  }
}

export function it(name: string, run: Body, needs: Needs = 'nothing'): void {
  file().cases.push({ suite, name, needs, run });
}

export const beforeAll = (body: Body) => void file().before.push(body);
export const afterAll = (body: Body) => void file().after.push(body);

/** Thrown by `skip`: the runner records the case as skipped, with the reason. */
export class Skipped extends Error {}

/** Ends a case that cannot be checked against this target, saying why. */
export function skip(reason: string): never {
  throw new Skipped(reason);
}
