import type { OutcomeFigures } from '#shared/schemas/outcomes';
import { Cell, Table } from '../../components/table';
import { BarChart } from './charts';
import { percent, weekLabel } from './labels';
import styles from './style.module.css';

/** "up 8 points", "down 3 points", "no change": the change in the community share. */
function changeWords(change: number | null): string {
  if (change === null) return 'not enough to compare yet';
  const points = Math.round(change * 100);
  if (points === 0) return 'no change';
  return `${points > 0 ? 'up' : 'down'} ${Math.abs(points)} percentage points`;
}

/** "3 times other support, 38 contacts with the team". */
function spanWords(span: { contacts: number; supportUsed: number }): string {
  const times = span.supportUsed === 1 ? '1 time' : `${span.supportUsed} times`;
  const contacts = span.contacts === 1 ? '1 contact' : `${span.contacts} contacts`;
  return `${times} other support, ${contacts} with the team`;
}

/**
 * How contact moved from the team to community support over 12 weeks (docs/outcomes.md):
 * contacts with the team beside support the people said they used instead, week by week,
 * and the community share in the first 4 weeks against the last 4.
 */
export function CommunityFigures({ figures }: { figures: OutcomeFigures }) {
  const weeks = figures.contactWeeks;
  const c = figures.community;
  const used = new Map(c.weeks.map((w) => [w.week, w.supportUsed]));
  return (
    <section aria-labelledby="community-heading" class={styles.section}>
      <h2 id="community-heading">From the team to community support, last 12 weeks</h2>
      <p data-figure="community-shift">
        Share of all contact that went to other support: {percent(c.first.share)} in the first 4
        weeks ({spanWords(c.first)}) and {percent(c.last.share)} in the last 4 weeks (
        {spanWords(c.last)}): {changeWords(c.change)}.
      </p>
      <p class={styles.legend}>
        <span class={`${styles.key} ${styles.keyBar}`} aria-hidden="true" /> Contacts with the team
        (left bar) <span class={`${styles.key} ${styles.keyLatest}`} aria-hidden="true" /> Other
        support used (right bar)
      </p>
      <BarChart
        labels={weeks.map((wk) => weekLabel(wk.week))}
        series={[
          {
            name: 'Contacts with the team',
            className: styles.barBlue ?? '',
            values: weeks.map((wk) => wk.contacts),
          },
          {
            name: 'Other support used',
            className: styles.latest ?? '',
            values: weeks.map((wk) => used.get(wk.week) ?? 0),
          },
        ]}
        description={`Chart of contacts with the team and other support used, for the weeks starting ${weeks
          .map(
            (wk) =>
              `${weekLabel(wk.week)}: ${wk.contacts} contacts, ${used.get(wk.week) ?? 0} other support`,
          )
          .join('; ')}.`}
      />
      <details class={styles.details}>
        <summary>Show the numbers as a table</summary>
        <Table
          caption="Contacts with the team and other support used each week"
          headings={['Week starting', 'Contacts with the team', 'Other support used']}
        >
          {weeks.map((wk) => (
            <tr key={wk.week}>
              <Cell label="Week starting" header>
                {weekLabel(wk.week)}
              </Cell>
              <Cell label="Contacts with the team">{wk.contacts}</Cell>
              <Cell label="Other support used">{used.get(wk.week) ?? 0}</Cell>
            </tr>
          ))}
        </Table>
      </details>
    </section>
  );
}
