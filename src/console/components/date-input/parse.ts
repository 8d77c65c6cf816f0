/** What a caseworker typed in the day, month and year boxes. */
export type DateParts = { day: string; month: string; year: string };

export type DatePartsResult =
  { ok: true; date: string } | { ok: false; message: string; part: keyof DateParts };

const PART_WORDS: Record<keyof DateParts, string> = {
  day: 'a day',
  month: 'a month',
  year: 'a year',
};

/**
 * The NHS date input's rules: each box a whole number, a real date ("31 2 2026" is not), a
 * four-digit year. Answers 'YYYY-MM-DD', or the first problem in the NHS words and which box
 * it is about (the error summary links there).
 */
export function parseDateParts(parts: DateParts, what = 'the date'): DatePartsResult {
  const trimmed = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  };
  const empty = (['day', 'month', 'year'] as const).filter((p) => trimmed[p] === '');
  if (empty.length === 3) return { ok: false, message: `Enter ${what}`, part: 'day' };
  if (empty.length > 0) {
    return {
      ok: false,
      message: `${capitalise(what)} must include ${empty.map((p) => PART_WORDS[p]).join(' and ')}`,
      part: empty[0]!,
    };
  }
  for (const part of ['day', 'month', 'year'] as const) {
    if (!/^\d+$/.test(trimmed[part])) {
      return { ok: false, message: `${capitalise(what)} must be a real date`, part };
    }
  }
  if (!/^\d{4}$/.test(trimmed.year)) {
    return { ok: false, message: 'Year must include 4 numbers', part: 'year' };
  }
  const day = Number(trimmed.day);
  const month = Number(trimmed.month);
  const year = Number(trimmed.year);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    const part = month < 1 || month > 12 ? 'month' : 'day';
    return { ok: false, message: `${capitalise(what)} must be a real date`, part };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, date: `${trimmed.year}-${pad(month)}-${pad(day)}` };
}

/** 'YYYY-MM-DD' as the three boxes show it ("4", "12", "2026"). */
export function dateParts(date: string): DateParts {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

function capitalise(words: string): string {
  const bare = words.replace(/^the /, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** As `parseDateParts`, and not after `today` ('YYYY-MM-DD'): a date something happened on. */
export function parsePastDate(parts: DateParts, today: string, what = 'the date'): DatePartsResult {
  const parsed = parseDateParts(parts, what);
  if (parsed.ok && parsed.date > today) {
    return { ok: false, message: `${capitalise(what)} must be today or in the past`, part: 'day' };
  }
  return parsed;
}
