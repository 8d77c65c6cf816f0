/**
 * London's clock-change rule, worked out without `Intl`.
 *
 * The first `Intl` object a page makes loads the browser's ICU data: 100 to 200 ms on a cheap
 * phone, one long task in the first second that blocks the person's first tap on Help now. So
 * for the years the rule covers, the offset is worked out from the law (The Summer Time Order
 * 2002, the same as the EU's since 1996): summer time runs from 01:00 UTC on the last Sunday in
 * March to 01:00 UTC on the last Sunday in October. The time zone database says the same for
 * every year from 1996 on (`tests/unit/shared/london.test.ts` checks each one).
 *
 * The time zone database stays the authority: `checkLondonRule` compares the rule with it for
 * last year to three years ahead, once the browser is idle (and when a server starts). If the
 * law ever changes and the database knows before this code does, the rule is dropped and every
 * later reading comes from the database.
 */

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The years the rule is known to match the time zone database. */
const FIRST_RULE_YEAR = 1996;
const LAST_RULE_YEAR = 2099;

let ruleTrusted = true;

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const back = lastDay.getUTCDay(); // 0 = Sunday
  return Date.UTC(year, month, lastDay.getUTCDate() - back, 1);
}

/** When summer time starts and ends in `year`, as UTC milliseconds. */
export function summerTime(year: number): { starts: number; ends: number } {
  return { starts: lastSundayOneAm(year, 2), ends: lastSundayOneAm(year, 9) };
}

/**
 * London's offset in minutes at `ms` by the rule, or undefined where the rule does not apply
 * (before 1996, after 2099, or once the time zone database has disagreed with it).
 */
export function ruleOffsetMinutes(ms: number): number | undefined {
  if (!ruleTrusted) return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (!(year >= FIRST_RULE_YEAR && year <= LAST_RULE_YEAR)) return undefined;
  const { starts, ends } = summerTime(year);
  return ms >= starts && ms < ends ? 60 : 0;
}

/**
 * Compares the rule with `tzdbOffsetMinutes` (the time zone database) around each clock change
 * from last year to three years ahead; on any difference the rule is no longer used. Returns
 * whether they agreed.
 */
export function checkLondonRule(now: Date, tzdbOffsetMinutes: (ms: number) => number): boolean {
  if (!ruleTrusted) return false;
  const thisYear = now.getUTCFullYear();
  for (let year = thisYear - 1; year <= thisYear + 3; year++) {
    if (year < FIRST_RULE_YEAR || year > LAST_RULE_YEAR) continue;
    const { starts, ends } = summerTime(year);
    const moments = [starts, ends].flatMap((t) => [t - HOUR, t - MINUTE, t, t + HOUR]);
    // Midwinter and midsummer too, in case a change moved the clocks for the whole year.
    moments.push(Date.UTC(year, 0, 15), Date.UTC(year, 6, 15));
    for (const ms of moments) {
      if (ruleOffsetMinutes(ms) !== tzdbOffsetMinutes(ms)) {
        ruleTrusted = false;
        return false;
      }
    }
  }
  return true;
}

/** Whether readings still come from the rule (false once the time zone database disagreed). */
export function londonRuleTrusted(): boolean {
  return ruleTrusted;
}

/** Trust the rule again: only for tests, which check both paths in one process. */
export function resetLondonRuleForTests(): void {
  ruleTrusted = true;
}
