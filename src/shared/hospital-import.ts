import type { CsvRecord } from './csv-parse';
import {
  HOSPITAL_KINDS,
  MAX_MONTHLY_COUNT,
  type HospitalImportRequest,
  type HospitalKind,
} from './schemas/hospital-use';

/*
 * Turning a trust's CSV into an import: which column is which (the lead's mapping, with a
 * first guess from the headers), and reading a month or a count the way trusts write them.
 * The server checks every row again with the same readers (src/server/outcomes/hospital-import.ts).
 */

export const KIND_WORDS: Record<HospitalKind, string> = {
  ae: 'A&E attendances',
  calls999: '999 calls',
  conveyances: 'Ambulance conveyances',
  admissions: 'Admissions',
};

/** Column indexes: the reference and month columns, and a column (or none) for each kind. */
export interface ImportMapping {
  ref: number | null;
  month: number | null;
  counts: Record<HospitalKind, number | null>;
}

const GUESS: { key: 'ref' | 'month' | HospitalKind; test: RegExp }[] = [
  { key: 'ref', test: /service.?ref|reference|\bref\b|client.?id|case.?(id|ref|no)/i },
  { key: 'month', test: /month|period|date/i },
  { key: 'ae', test: /a\s*&\s*e|a and e|\bed\b|emergency dep|attend/i },
  { key: 'calls999', test: /999|calls?\b/i },
  { key: 'conveyances', test: /convey/i },
  { key: 'admissions', test: /admi/i },
];

/** A header that names an NHS number: that column is never read, sent or kept. */
export function isNhsNumberHeader(header: string): boolean {
  return /nhs.?(no|num|number|id)\b|^nhs$/i.test(header.trim());
}

/** A first guess at the mapping from the header row; the lead checks and changes it. */
export function guessMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {
    ref: null,
    month: null,
    counts: { ae: null, calls999: null, conveyances: null, admissions: null },
  };
  const taken = new Set<number>();
  for (const { key, test } of GUESS) {
    const index = headers.findIndex(
      (h, i) => !taken.has(i) && !isNhsNumberHeader(h) && test.test(h),
    );
    if (index < 0) continue;
    taken.add(index);
    if (key === 'ref' || key === 'month') mapping[key] = index;
    else mapping.counts[key] = index;
  }
  return mapping;
}

/** What is wrong with a mapping, in words; empty when it can be imported. */
export function mappingProblems(mapping: ImportMapping, headers: string[]): string[] {
  const problems: string[] = [];
  if (mapping.ref === null) problems.push('Choose the column with the service reference.');
  if (mapping.month === null) problems.push('Choose the column with the month.');
  const used = [mapping.ref, mapping.month, ...HOSPITAL_KINDS.map((k) => mapping.counts[k])];
  if (HOSPITAL_KINDS.every((k) => mapping.counts[k] === null)) {
    problems.push('Choose at least one column of counts.');
  }
  const chosen = used.filter((i): i is number => i !== null);
  if (new Set(chosen).size !== chosen.length) problems.push('Use each column for one thing only.');
  if (chosen.some((i) => isNhsNumberHeader(headers[i] ?? ''))) {
    problems.push('The NHS number column cannot be used. Choose the service reference instead.');
  }
  return problems;
}

/**
 * The request for the server: only the mapped columns of each record, with its row number.
 * Nothing else in the file (an NHS number, names) leaves the browser.
 */
export function importRequest(records: CsvRecord[], mapping: ImportMapping): HospitalImportRequest {
  const kinds = HOSPITAL_KINDS.filter((k) => mapping.counts[k] !== null);
  const at = (cells: string[], i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
  return {
    kinds,
    rows: records.map((r) => [
      r.row,
      at(r.cells, mapping.ref),
      at(r.cells, mapping.month),
      ...kinds.map((k) => at(r.cells, mapping.counts[k])),
    ]),
  };
}

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

function key(year: number, month: number): string | null {
  if (month < 1 || month > 12 || year < 1990 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/**
 * The month a cell names, as `YYYY-MM`, or null. Trusts write `2026-03`, `2026-03-01`,
 * `03/2026`, `01/03/2026` (UK day first), `Mar 2026`, `March 2026` or `Mar-26`.
 */
export function readMonth(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (m) return key(Number(m[1]), Number(m[2]));
  m = /^(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return key(Number(m[3]), Number(m[2]));
  m = /^([A-Za-z]{3,9})[\s-]+(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const name = m[1]!.toLowerCase();
    const index = MONTH_NAMES.findIndex((n) => name.startsWith(n) && n.length <= name.length);
    const full = [
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ][index];
    if (index < 0 || !(name.length === 3 || full === name || (index === 8 && name === 'sept'))) {
      return null;
    }
    return key(fullYear(m[2]!), index + 1);
  }
  return null;
}

/** A count cell: a whole number from 0 to 999; an empty cell is 0 (trusts leave zeros blank). */
export function readCount(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  if (!/^\d{1,4}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_MONTHLY_COUNT ? n : null;
}

/** A `YYYY-MM` month as a number that counts months (year × 12 + month − 1), for arithmetic. */
export function monthIndex(key: string): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

/** The `YYYY-MM` month of a `monthIndex`. */
export function monthAt(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthAt(i));
  return out;
}
