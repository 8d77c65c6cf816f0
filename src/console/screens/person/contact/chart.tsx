import type { WeekCount } from '#shared/contacts';
import { Cell, Table } from '../../../components/table';
import { localDay, localDayShort, weekAxis } from '../../../format';
import styles from './style.module.css';

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 36;
const RIGHT = 8;
const TOP = 16;
const BOTTOM = 40;

/** A round top for the y axis: 4, 5, 10, 15, 20... */
function niceMax(value: number): number {
  if (value <= 5) return Math.max(value, 4);
  return Math.ceil(value / 5) * 5;
}

function weekWordsOf(series: WeekCount[]): string {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return '';
  const target = last.target === null ? 'no limit agreed yet' : `up to ${last.target} agreed`;
  return `Contacts each week for the last ${series.length} weeks, from the week of ${localDay(first.week)} to this week. This week: ${last.count}, with ${target}.`;
}

/**
 * Twelve weeks of contacts against the target: bars for contacts, a dashed mark for the target.
 * The same numbers are in the table beneath, for anyone who would rather read them.
 */
export function ContactChart({ series, personName }: { series: WeekCount[]; personName: string }) {
  const top = niceMax(Math.max(1, ...series.map((w) => Math.max(w.count, w.target ?? 0))));
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = plotW / Math.max(1, series.length);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const ticks = [0, Math.round(top / 2), top];
  return (
    <figure class={styles.figure}>
      <svg
        class={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="contact-chart-title"
      >
        <title id="contact-chart-title">{weekWordsOf(series)}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line class={styles.grid} x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} />
            <text class={styles.axis} x={LEFT - 6} y={y(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {series.map((w, i) => {
          const x = LEFT + i * slot;
          const barW = slot * 0.56;
          const barX = x + (slot - barW) / 2;
          const isThisWeek = i === series.length - 1;
          return (
            <g key={w.week}>
              {w.count > 0 ? (
                <rect
                  class={isThisWeek ? `${styles.bar} ${styles.thisWeek}` : styles.bar}
                  x={barX}
                  y={y(w.count)}
                  width={barW}
                  height={y(0) - y(w.count)}
                />
              ) : null}
              {w.count > 0 ? (
                <text class={styles.value} x={x + slot / 2} y={y(w.count) - 4} text-anchor="middle">
                  {w.count}
                </text>
              ) : null}
              {w.target !== null ? (
                <line
                  class={styles.target}
                  x1={x + 2}
                  x2={x + slot - 2}
                  y1={y(w.target)}
                  y2={y(w.target)}
                />
              ) : null}
              <text
                class={isThisWeek ? `${styles.axis} ${styles.axisNow}` : styles.axis}
                x={x + slot / 2}
                y={HEIGHT - BOTTOM + 18}
                text-anchor="middle"
              >
                {weekAxis(w.week)}
              </text>
            </g>
          );
        })}
        <line class={styles.baseline} x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} />
      </svg>
      <figcaption class={styles.key}>
        <span class={styles.keyBar} aria-hidden="true" /> Contacts each week (the week beginning on
        the date below it) <span class={styles.keyTarget} aria-hidden="true" /> The agreed limit
      </figcaption>
      <details class={styles.details}>
        <summary>Show the {series.length} weeks as a table</summary>
        <Table
          caption={`Contacts with ${personName} each week`}
          headings={['Week beginning', 'Contacts', 'Agreed up to']}
        >
          {[...series].reverse().map((w, i) => (
            <tr key={w.week}>
              <Cell label="Week beginning" header>
                {localDayShort(w.week)}
                {i === 0 ? ' (this week)' : ''}
              </Cell>
              <Cell label="Contacts">{w.count}</Cell>
              <Cell label="Agreed up to">{w.target ?? 'None set'}</Cell>
            </tr>
          ))}
        </Table>
      </details>
    </figure>
  );
}
