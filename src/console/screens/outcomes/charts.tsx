import styles from './style.module.css';

/*
 * Small SVG charts, drawn by hand (no library): each is one `role="img"` with a full text
 * description, and every number is also printed on the chart and in a table beside it.
 * Colours come from classes (the CSP allows no inline styles), and each series also differs
 * in shape or position, so colour is never the only cue.
 */

const WIDTH = 720;
const HEIGHT = 260;
const TOP = 28;
const BOTTOM = 40;
const LEFT = 8;
const RIGHT = 8;

export type Series = { name: string; className: string; values: number[] };

function niceMax(values: number[]): number {
  const max = Math.max(1, ...values);
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

/** Vertical bars, one group per label (one bar per series), with each number above its bar. */
export function BarChart({
  labels,
  series,
  description,
  line,
}: {
  labels: string[];
  series: Series[];
  description: string;
  /** A line across the groups (the target), drawn as dashes with round markers. */
  line?: { name: string; values: (number | null)[] };
}) {
  const all = [...series.flatMap((s) => s.values), ...(line?.values ?? []).map((v) => v ?? 0)];
  const max = niceMax(all);
  const plotH = HEIGHT - TOP - BOTTOM;
  const groupW = (WIDTH - LEFT - RIGHT) / Math.max(1, labels.length);
  const barW = Math.min(40, (groupW * 0.8) / Math.max(1, series.length));
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const cx = (i: number) => LEFT + groupW * i + groupW / 2;
  const linePoints = line?.values
    .map((v, i) => (v === null ? null : `${cx(i)},${y(v)}`))
    .filter((p): p is string => p !== null);
  const bars = labels.flatMap((label, i) =>
    series.map((s, j) => {
      const value = s.values[i] ?? 0;
      const x = cx(i) - (barW * series.length) / 2 + j * barW;
      return { key: `${label}-${s.name}`, className: s.className, value, x };
    }),
  );
  // Bars, then the target line over them, then every number on top (with a white halo).
  return (
    <div
      class={styles.scroll}
      tabIndex={0}
      role="group"
      aria-label="Chart (scrolls sideways on a narrow screen)"
    >
      <svg
        class={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={description}
        preserveAspectRatio="xMidYMid meet"
      >
        <line class={styles.axis} x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} />
        {bars.map((b) => (
          <rect
            key={b.key}
            class={b.className}
            x={b.x + 1}
            y={y(b.value)}
            width={Math.max(1, barW - 2)}
            height={Math.max(0, y(0) - y(b.value))}
          />
        ))}
        {line && linePoints && linePoints.length > 0 ? (
          <g>
            <polyline class={styles.targetLine} points={linePoints.join(' ')} fill="none" />
            {line.values.map((v, i) =>
              v === null ? null : (
                <circle key={i} class={styles.targetDot} cx={cx(i)} cy={y(v)} r={5} />
              ),
            )}
          </g>
        ) : null}
        {bars.map((b) => (
          <text
            key={b.key}
            class={styles.value}
            x={b.x + barW / 2}
            y={y(b.value) - 8}
            text-anchor="middle"
          >
            {b.value}
          </text>
        ))}
        {labels.map((label, i) => (
          <text
            key={label}
            class={styles.label}
            x={cx(i)}
            y={HEIGHT - BOTTOM + 22}
            text-anchor="middle"
          >
            {label}
          </text>
        ))}
      </svg>
    </div>
  );
}

/** Pairs of horizontal bars (first and latest) on a fixed scale, the number at each bar's end. */
export function PairChart({
  rows,
  scale,
  format,
  description,
}: {
  rows: { label: string; first: number | null; latest: number | null }[];
  scale: number;
  format: (value: number) => string;
  description: string;
}) {
  const labelW = 200;
  const barArea = WIDTH - labelW - 70;
  const rowH = 64;
  const height = rows.length * rowH + 8;
  const w = (v: number) => (v / scale) * barArea;
  return (
    <div
      class={styles.scroll}
      tabIndex={0}
      role="group"
      aria-label="Chart (scrolls sideways on a narrow screen)"
    >
      <svg
        class={styles.chart}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={description}
        preserveAspectRatio="xMidYMid meet"
      >
        {rows.map((row, i) => {
          const top = i * rowH + 6;
          return (
            <g key={row.label}>
              <text class={styles.label} x={0} y={top + 30}>
                {row.label}
              </text>
              {(
                [
                  ['First', row.first, styles.first, top],
                  ['Latest', row.latest, styles.latest, top + 28],
                ] as const
              ).map(([name, value, cls, barTop]) => (
                <g key={name}>
                  <text class={styles.small} x={labelW - 8} y={barTop + 17} text-anchor="end">
                    {name}
                  </text>
                  <rect
                    class={cls}
                    x={labelW}
                    y={barTop}
                    width={value === null ? 0 : w(value)}
                    height={24}
                  />
                  <text
                    class={styles.value}
                    x={labelW + (value === null ? 0 : w(value)) + 6}
                    y={barTop + 17}
                  >
                    {value === null ? 'none' : format(value)}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
