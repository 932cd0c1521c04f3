/**
 * Input that cannot become knowledge (an unreachable page, a broken spreadsheet, an empty
 * file): the client's to fix, so a 400 in the vendor's shape, never a 500.
 */
export class KnowledgeInputError extends Error {}

/** Runs one ingestion step; a KnowledgeInputError becomes a refusal, anything else is a bug and is thrown. */
export async function ingest<T>(work: () => Promise<T>): Promise<{ value: T } | { refusal: string }> {
  try {
    return { value: await work() };
  } catch (e) {
    if (e instanceof KnowledgeInputError) return { refusal: e.message };
    throw e;
  }
}
