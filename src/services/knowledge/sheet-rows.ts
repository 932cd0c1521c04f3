/**
 * A sheet's first `keep` non-blank rows, each cell as text (a date in ISO 8601). It uses
 * nothing outside itself: the .xlsx worker runs its source text (xlsx-worker.ts), and the
 * browser build calls it in the page.
 */
export function keptRows(rows: unknown[][], keep: number): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    if (out.length >= keep) break;
    const cells = row.map((cell) =>
      cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : String(cell),
    );
    if (cells.some((c) => c.trim() !== '')) out.push(cells);
  }
  return out;
}
