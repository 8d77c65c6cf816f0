/*
 * Reading a CSV file as spreadsheets write it (RFC 4180): fields in double quotes may hold
 * commas, line breaks and doubled quotes (""); lines end in CRLF, LF or CR; Excel puts a byte
 * order mark first. Pure, so the console and the tests use the same reader.
 */

export interface CsvRecord {
  /** The record's number in the file, the header being 1 (the row number a spreadsheet shows). */
  row: number;
  cells: string[];
}

export type CsvResult =
  { ok: true; records: CsvRecord[] } | { ok: false; row: number; message: string };

/**
 * Every record of `text`, in order. Records whose cells are all empty (blank lines, or the
 * `,,,` Excel leaves under a table) are left out but still counted, so row numbers match the
 * spreadsheet.
 */
export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let quoted = false;
  let quoteStartRow = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ row, cells });
    cells = [];
    cell = '';
    row += 1;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      // A quote opens a field only at its start (spaces before it are dropped, as Excel does).
      cell = '';
      quoted = true;
      quoteStartRow = row;
      i += 1;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) {
    return {
      ok: false,
      row: quoteStartRow,
      message: `Row ${quoteStartRow} opens a quote (") that is never closed.`,
    };
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}
