/** What someone typed into the three boxes. */
export type DateParts = { day: string; month: string; year: string };

export const partsOf = (iso: string): DateParts => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

/**
 * The date the three boxes make ('YYYY-MM-DD'), or what is wrong with it in plain words.
 * A real day (no 31 June), and not after `today`.
 */
export function readDate(parts: DateParts, today: string): { date: string } | { error: string } {
  const { day, month, year } = parts;
  if (!day.trim() && !month.trim() && !year.trim()) return { error: 'Enter the date' };
  if (!/^\d{1,2}$/.test(day.trim())) return { error: 'The date must include a day' };
  if (!/^\d{1,2}$/.test(month.trim())) return { error: 'The date must include a month' };
  if (!/^\d{4}$/.test(year.trim())) return { error: 'The year must be 4 numbers, like 2026' };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const when = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || when.getUTCDate() !== d || when.getUTCMonth() !== m - 1) {
    return { error: 'Enter a real date, like 27 11 2026' };
  }
  const date = `${year.trim()}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (date > today) return { error: 'The date must be today or in the past' };
  return { date };
}
