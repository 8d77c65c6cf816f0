import type { WeekCount } from '#shared/contacts';
import { dayWords } from '../../sync/goals-contacts-views';
import { t } from './words';
import s from './style.module.css';

const W = 320;
const H = 160;
const TOP = 12;
const BOTTOM = 8;

/** "23 November": the Monday a week starts. */
function weekLabel(week: string, today: string): string {
  return dayWords(week, today);
}

/** What the chart shows, in words (its accessible name). */
export function chartWords(series: readonly WeekCount[]): string {
  const counts = series.map((w) => w.count);
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return t('noWeeks');
  return t('chartWords', {
    weeks: series.length,
    first: counts[0] ?? 0,
    ago: series.length - 1,
    last: last.count,
    target: last.target ?? 'none',
  });
}

/**
 * The last 12 weeks as bars (blue), with the agreed upper limit for each week as a dashed line. No red,
 * nothing flashing: over or under the limit looks the same. The table is the same picture in
 * numbers, for screen readers and anyone who prefers it.
 */
export function WeeksChart({ series, today }: { series: readonly WeekCount[]; today: string }) {
  const max = Math.max(1, ...series.map((w) => Math.max(w.count, w.target ?? 0)));
  const slot = W / Math.max(1, series.length);
  const y = (n: number) => TOP + (H - TOP - BOTTOM) * (1 - n / max);
  return (
    <figure class={s.figure}>
      <svg
        class={s.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={chartWords(series)}
        data-testid="weeks-chart"
      >
        <line x1="0" x2={W} y1={H - BOTTOM} y2={H - BOTTOM} class={s.axis} />
        {series.map((w, i) => {
          const x = i * slot + slot * 0.2;
          const width = slot * 0.6;
          const top = y(w.count);
          return (
            <g key={w.week} data-week={w.week} data-count={w.count}>
              {w.count > 0 && (
                <rect
                  x={x}
                  y={top}
                  width={width}
                  height={H - BOTTOM - top}
                  class={i === series.length - 1 ? s.barNow : s.bar}
                />
              )}
              {w.target !== null && (
                <line
                  x1={i * slot + 2}
                  x2={(i + 1) * slot - 2}
                  y1={y(w.target)}
                  y2={y(w.target)}
                  class={s.aim}
                />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class={s.caption}>
        <span>{t('weeksAgo')}</span>
        <span>{t('thisWeek')}</span>
      </figcaption>
      <p class={`hint ${s.key}`}>
        <span class={s.keyBar} aria-hidden="true" /> {t('keyContacts')}{' '}
        <span class={s.keyAim} aria-hidden="true" /> {t('keyLimit')}
      </p>
      <details class={s.details}>
        <summary class={s.summary}>{t('table')}</summary>
        <table class={s.table}>
          <caption class="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weekStarting')}</th>
              <th scope="col">{t('contacts')}</th>
              <th scope="col">{t('agreed')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((w) => (
              <tr key={w.week}>
                <th scope="row">{weekLabel(w.week, today)}</th>
                <td>{w.count}</td>
                <td>{w.target ?? t('noneSet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
