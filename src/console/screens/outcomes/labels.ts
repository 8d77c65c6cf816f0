import { MONTHS } from '#shared/london';
import { localDayShort } from '../../format';

/* The dashboard's numbers and periods in words. */

export function percent(share: number | null): string {
  return share === null ? 'none yet' : `${Math.round(share * 100)}%`;
}

export function mean(value: number | null): string {
  return value === null ? 'none' : value.toFixed(1);
}

/** The Monday a week starts on: `2026-11-23` → `Mon 23 Nov`, short for a chart's axis. */
export function weekLabel(week: string): string {
  return localDayShort(week);
}

/** `2026-11` → `Nov 2026` (long) or `Nov` (short). */
export function monthLabel(month: string, long = false): string {
  const [y, m] = month.split('-').map(Number);
  const name = MONTHS[(m ?? 1) - 1] ?? '';
  return long ? `${name} ${y ?? ''}` : name.slice(0, 3);
}

/** `2026-Q4` → `Oct–Dec 2026`. */
export function quarterLabel(quarter: string): string {
  const [y, q] = quarter.split('-Q').map(Number);
  const first = ((q ?? 1) - 1) * 3;
  return `${(MONTHS[first] ?? '').slice(0, 3)}–${(MONTHS[first + 2] ?? '').slice(0, 3)} ${y ?? ''}`;
}
