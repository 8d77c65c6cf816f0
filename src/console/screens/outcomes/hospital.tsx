import { useState } from 'preact/hooks';
import { KIND_WORDS } from '#shared/hospital-import';
import {
  HORIZONS,
  type HospitalFigures,
  type HospitalHorizon,
  type HospitalKind,
} from '#shared/schemas/hospital-use';
import { Select } from '../../components/field';
import { Cell, Table } from '../../components/table';
import { BarChart } from './charts';
import styles from './style.module.css';

/** A per-person-per-month rate in words: `1.25`, or `none yet`. */
function rate(value: number | null): string {
  return value === null ? 'none yet' : value.toFixed(2);
}

/** `0.444` → `44% fewer`; a rise says so plainly; null: nothing to compare. */
export function reductionWords(reduction: number | null): string {
  if (reduction === null) return 'cannot say yet';
  const pct = Math.round(Math.abs(reduction) * 100);
  if (pct === 0) return 'no change';
  return reduction > 0 ? `${pct}% fewer` : `${pct}% more`;
}

/** The longest horizon that counts anyone, so the chart opens on the fullest comparison. */
function bestHorizon(figures: HospitalFigures): number {
  const counted = HORIZONS.filter((h) =>
    figures.kinds.some((k) => (k.horizons.find((x) => x.months === h)?.people ?? 0) > 0),
  );
  return counted.at(-1) ?? 12;
}

/**
 * Hospital use before and after support, from the trusts' records: a chart (each bar's number
 * printed on it) and the same numbers in a table, for the months after the lead chooses.
 */
export function HospitalUse({ figures, who }: { figures: HospitalFigures; who: string }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const months = chosen ?? bestHorizon(figures);
  const at = (horizons: HospitalHorizon[]) => horizons.find((h) => h.months === months);
  const rows = figures.kinds.map((k) => ({ kind: k.kind, h: at(k.horizons) }));
  // A kind that counts nobody has no bars (a 0 bar would read as none at all).
  const charted = rows.filter((r) => (r.h?.people ?? 0) > 0);
  return (
    <section aria-labelledby="hospital-heading" class={styles.section}>
      <h2 id="hospital-heading">Hospital use before and after support</h2>
      <p>
        From the hospital and ambulance trusts’ own records, imported by the lead or entered on a
        person’s page. It compares the 12 months before someone was referred with the months after.
        Each figure is per person per month.
      </p>
      <p data-figure="hospital-people">
        {figures.peopleWithData} {figures.peopleWithData === 1 ? 'person' : 'people'} of {who}{' '}
        {figures.peopleWithData === 1 ? 'has' : 'have'} hospital records here. Someone is counted
        only when their records cover every month of both periods.
      </p>
      <Select
        id="hospital-months"
        label="Compare the 12 months before with"
        value={String(months)}
        onChange={(v) => setChosen(Number(v))}
        options={HORIZONS.map((h) => ({ value: String(h), label: `the ${h} months after` }))}
      />
      {charted.length === 0 ? (
        <p>Nobody is counted for these months yet, so there is no chart.</p>
      ) : (
        <HospitalChart rows={charted} months={months} />
      )}
      <Table
        caption={`Per person per month: the 12 months before and the ${months} months after`}
        headings={['Kind', 'People counted', 'Before', 'After', 'Change', 'Totals']}
      >
        {rows.map(({ kind, h }) => (
          <tr key={kind} data-kind={kind}>
            <Cell label="Kind" header>
              {KIND_WORDS[kind]}
            </Cell>
            <Cell label="People counted">{h?.people ?? 0}</Cell>
            <Cell label="Before">{rate(h?.beforePerPersonMonth ?? null)}</Cell>
            <Cell label="After">{rate(h?.afterPerPersonMonth ?? null)}</Cell>
            <Cell label="Change">{reductionWords(h?.reduction ?? null)}</Cell>
            <Cell label="Totals">{h ? `${h.before} before, ${h.after} after` : 'none'}</Cell>
          </tr>
        ))}
      </Table>
    </section>
  );
}

type Row = { kind: HospitalKind; h: HospitalHorizon | undefined };

function HospitalChart({ rows, months }: { rows: Row[]; months: number }) {
  return (
    <>
      <p class={styles.legend}>
        <span class={`${styles.key} ${styles.keyBefore}`} aria-hidden="true" /> Before (left){' '}
        <span class={`${styles.key} ${styles.keyAfter}`} aria-hidden="true" /> After (right)
      </p>
      <BarChart
        labels={rows.map((r) => KIND_WORDS[r.kind])}
        series={[
          {
            name: 'Before',
            className: styles.barBefore ?? '',
            values: rows.map((r) => r.h?.beforePerPersonMonth ?? 0),
          },
          {
            name: 'After',
            className: styles.barAfter ?? '',
            values: rows.map((r) => r.h?.afterPerPersonMonth ?? 0),
          },
        ]}
        description={`Bar chart of hospital use per person per month, the 12 months before and the ${months} months after: ${rows
          .map(
            (r) =>
              `${KIND_WORDS[r.kind]}: before ${rate(r.h?.beforePerPersonMonth ?? null)}, after ${rate(r.h?.afterPerPersonMonth ?? null)}, ${r.h?.people ?? 0} people`,
          )
          .join('; ')}.`}
      />
    </>
  );
}
