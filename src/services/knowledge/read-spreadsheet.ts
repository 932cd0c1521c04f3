import { KnowledgeInputError } from './ingest.js';

class SpreadsheetError extends KnowledgeInputError {}

export interface Spreadsheet {
  headers: string[];
  rows: string[][];
}

/**
 * Reads a .csv (csv-parse) or .xlsx (read-excel-file) upload. The first row is the
 * header; blank rows are dropped. Unsupported, empty and broken files throw
 * SpreadsheetError with a message fit for the client.
 */
export async function readSpreadsheet(file: File): Promise<Spreadsheet> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength === 0) throw new SpreadsheetError('The uploaded file is empty');
  let table: string[][];
  if (name.endsWith('.csv')) table = await readCsv(bytes);
  else if (name.endsWith('.xlsx')) table = await readXlsx(bytes);
  else throw new SpreadsheetError('Unsupported file type: upload a .csv or .xlsx file');
  const nonBlank = table.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (nonBlank.length === 0) throw new SpreadsheetError('The spreadsheet has no rows');
  const [headers, ...rows] = nonBlank;
  return { headers: headers.map((h, i) => h.trim() || `Column ${i + 1}`), rows };
}

async function readCsv(bytes: Uint8Array): Promise<string[][]> {
  const { parse } = await import('csv-parse/sync'); // off the start-up path
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw new SpreadsheetError('The file is not a valid CSV file');
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new SpreadsheetError(`The file is not a valid CSV file: ${(e as Error).message}`);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  // The universal entry reads an ArrayBuffer in Node and in browsers alike.
  const { readSheet } = await import('read-excel-file/universal');
  try {
    const rows = (await readSheet(bytes.slice().buffer)) as unknown[][];
    return rows.map((row) =>
      row.map((cell) =>
        cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : String(cell),
      ),
    );
  } catch (e) {
    throw new SpreadsheetError(`The file is not a valid .xlsx file: ${(e as Error).message}`);
  }
}

/** One chunk per row: "Header: value" pairs, as the reference describes a row entry. */
export function rowToChunk(headers: string[], row: string[]): string {
  return headers
    .map((h, i) => [h, (row[i] ?? '').trim()] as const)
    .filter(([, v]) => v !== '')
    .map(([h, v]) => `${h}: ${v}`)
    .join('\n');
}
