/** One ranked piece of knowledge: a chunk of an entry's text (or a spreadsheet row, or a Q&A pair). */
export interface KnowledgeChunk {
  id: string;
  entryId: string;
  scope: string;
  title: string;
  text: string;
  /** What a reply quotes, when not the ranked text itself (a Q&A pair answers with its answer). */
  answer?: string;
  /** Terms in the chunk (title included), for BM25's length normalisation. */
  length: number;
}
