import { CSV_KIND_NAMES, HORIZONS, HOSPITAL_KINDS } from '#shared/schemas/hospital-use';
import type { CaseworkerRef, OutcomeRows } from './figures';
import { londonMonth, personHospital, type HospitalRow } from './hospital';

/*
 * The wide export for commissioners: one row per person, made to open cleanly in Excel (a byte
 * order mark so it reads UTF-8, CRLF line ends, and no cell that Excel could run as a formula).
 * People are `P1`, `P2`... (oldest referral first), caseworkers `C1`, `C2`... as in the long
 * CSV: no names, ids, references or NHS numbers (docs/outcomes.md lists every column).
 */

/** Excel runs a cell starting with one of these as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as Excel should show it: neutralised if it could start a formula, quoted if needed. */
export function excelCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function peopleCsvHeader(): string[] {
  const columns = ['person_ref', 'caseworker_ref', 'referral_month', 'supported_now'];
  for (const kind of HOSPITAL_KINDS) {
    const name = CSV_KIND_NAMES[kind];
    columns.push(`${name}_12m_before`, ...HORIZONS.map((h) => `${name}_${h}m_after`));
  }
  return columns;
}

/** The whole file: BOM, header, one row per person, CRLF. */
export function peopleCsv(rows: OutcomeRows, caseworkers: CaseworkerRef[], now: Date): string {
  const refOf = new Map(caseworkers.map((c, i) => [c.id, `C${i + 1}`]));
  const byPerson = new Map<string, HospitalRow[]>();
  for (const row of rows.hospital) {
    const list = byPerson.get(row.personId) ?? [];
    list.push(row);
    byPerson.set(row.personId, list);
  }
  const thisMonth = londonMonth(now);
  const people = [...rows.people].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const lines = [peopleCsvHeader().map(excelCell).join(',')];
  people.forEach((person, i) => {
    const h = personHospital(person.createdAt, byPerson.get(person.id) ?? [], thisMonth);
    const cells: (string | number | null)[] = [
      `P${i + 1}`,
      refOf.get(person.caseworkerId) ?? '',
      h.referralMonth,
      person.status === 'active' ? 'yes' : 'no',
    ];
    for (const kind of HOSPITAL_KINDS) cells.push(h.kinds[kind].before, ...h.kinds[kind].after);
    lines.push(cells.map(excelCell).join(','));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
