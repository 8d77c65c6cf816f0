import { KIND_WORDS, monthsBetween, readCount, readMonth } from '#shared/hospital-import';
import {
  looksLikeNhsNumber,
  MAX_MONTHLY_COUNT,
  type HospitalImportRequest,
} from '#shared/schemas/hospital-use';
import type { ImportedMonth } from '../db/tables/hospital-use.table';

/*
 * Checking every row of a trust's file before anything is written: a file with any bad row is
 * refused whole, with each problem by its row number, so nothing is ever half imported and no
 * count is put against a person by a guess.
 */

export interface RowProblem {
  row: number;
  message: string;
}

export type CheckedImport =
  | { ok: true; rows: ImportedMonth[]; span: string[]; people: number }
  | { ok: false; problems: RowProblem[] };

/** The longest span one file may cover (the zero-filling walks every month of it). */
export const MAX_SPAN_MONTHS = 60;

/**
 * Check an import against the service's references (lower case → person id) at `thisMonth`
 * (London). Months after this one are refused: the data cannot be from the future.
 */
export function checkImport(
  request: HospitalImportRequest,
  refs: Map<string, string>,
  thisMonth: string,
): CheckedImport {
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const rows: ImportedMonth[] = [];
  const width = 3 + request.kinds.length;
  for (const cells of request.rows) {
    const [rowCell, refCell, monthCell, ...countCells] = cells;
    const row = typeof rowCell === 'number' ? rowCell : 0;
    const say: string[] = [];
    if (
      typeof rowCell !== 'number' ||
      cells.length !== width ||
      cells.slice(1).some((c) => typeof c !== 'string')
    ) {
      problems.push({ row, message: `Row ${row || '?'} could not be read.` });
      continue;
    }
    const ref = String(refCell).trim();
    const personId = refs.get(ref.toLowerCase());
    if (ref === '') say.push('the service reference is empty');
    else if (looksLikeNhsNumber(ref))
      say.push('the reference looks like an NHS number: use the service reference column');
    else if (!personId) say.push(`nobody in this service has the reference “${ref}”`);
    const month = readMonth(String(monthCell));
    if (String(monthCell).trim() === '') say.push('the month is empty');
    else if (!month)
      say.push(`“${String(monthCell)}” is not a month we can read (use 2026-03 or 03/2026)`);
    else if (month > thisMonth) say.push(`${month} has not happened yet`);
    const counts: ImportedMonth['counts'] = {};
    request.kinds.forEach((kind, i) => {
      const text = String(countCells[i]);
      const n = readCount(text);
      if (n === null) {
        say.push(
          `${KIND_WORDS[kind]} “${text}” is not a whole number from 0 to ${MAX_MONTHLY_COUNT}`,
        );
      } else counts[kind] = n;
    });
    if (personId && month) {
      const key = `${personId}|${month}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) say.push(`row ${earlier} already has “${ref}” for ${month}`);
      else seen.set(key, row);
    }
    if (say.length > 0) {
      const text = say.join('; ');
      problems.push({
        row,
        message: `Row ${row}: ${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
      });
      continue;
    }
    rows.push({ personId: personId!, month: month!, counts });
  }
  if (problems.length > 0) return { ok: false, problems };
  const months = rows.map((r) => r.month).sort();
  const span = monthsBetween(months[0]!, months.at(-1)!);
  if (span.length > MAX_SPAN_MONTHS) {
    return {
      ok: false,
      problems: [
        {
          row: 1,
          message: `The file covers ${span.length} months (${months[0]} to ${months.at(-1)}). One import can cover up to ${MAX_SPAN_MONTHS}: split it by year.`,
        },
      ],
    };
  }
  return { ok: true, rows, span, people: new Set(rows.map((r) => r.personId)).size };
}
