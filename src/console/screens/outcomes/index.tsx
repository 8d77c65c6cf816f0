import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { endpoints, pathOf } from '#shared/endpoints';
import { MONTHS } from '#shared/london';
import type { OutcomeFigures } from '#shared/schemas/outcomes';
import { Select } from '../../components/field';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Cell, Table } from '../../components/table';
import { useConsole } from '../../context';
import { whenShort } from '../../format';
import { useLoad } from '../../use-load';
import { BarChart, PairChart } from './charts';
import styles from './style.module.css';

/** From the endpoint table, as the API client's paths are (the console is served from /console/). */
export const CSV_HREF = pathOf(endpoints.service.outcomesCsv);

const SERVICE = 'service';

function percent(share: number | null): string {
  return share === null ? 'none yet' : `${Math.round(share * 100)}%`;
}

function mean(value: number | null): string {
  return value === null ? 'none' : value.toFixed(1);
}

/** `2026-11-23` → `23 Nov`. */
function weekLabel(week: string): string {
  const [, m, d] = week.split('-').map(Number);
  return `${d ?? ''} ${(MONTHS[(m ?? 1) - 1] ?? '').slice(0, 3)}`;
}

/** `2026-11` → `Nov 2026` (long) or `Nov` (short). */
function monthLabel(month: string, long = false): string {
  const [y, m] = month.split('-').map(Number);
  const name = MONTHS[(m ?? 1) - 1] ?? '';
  return long ? `${name} ${y ?? ''}` : name.slice(0, 3);
}

/** `2026-Q4` → `Oct–Dec 2026`. */
function quarterLabel(quarter: string): string {
  const [y, q] = quarter.split('-Q').map(Number);
  const first = ((q ?? 1) - 1) * 3;
  return `${(MONTHS[first] ?? '').slice(0, 3)}–${(MONTHS[first + 2] ?? '').slice(0, 3)} ${y ?? ''}`;
}

/** A table that can be opened under a chart: the same numbers, for reading or copying. */
function AsTable({ children }: { children: ComponentChildren }) {
  return (
    <details class={styles.details}>
      <summary>Show the numbers as a table</summary>
      {children}
    </details>
  );
}

const WELLBEING: { key: 'satisfied' | 'worthwhile' | 'happy' | 'anxious'; label: string }[] = [
  { key: 'satisfied', label: 'Life satisfaction' },
  { key: 'worthwhile', label: 'Things are worthwhile' },
  { key: 'happy', label: 'Happy yesterday' },
  { key: 'anxious', label: 'Anxious yesterday' },
];

function Figures({ figures, who }: { figures: OutcomeFigures; who: string }) {
  const weeks = figures.contactWeeks;
  const thisWeek = weeks.at(-1);
  const w = figures.wellbeing;
  const urgent = figures.urgentCareMonths;
  const newTotal = figures.newPerQuarter.reduce((s, q) => s + q.people, 0);
  return (
    <>
      <ul class={styles.cards} aria-label={`Key figures for ${who}`}>
        <li class={styles.card}>
          <span class={styles.big} data-figure="supported-now">
            {figures.supportedNow}
          </span>{' '}
          {figures.supportedNow === 1 ? 'person' : 'people'} supported now
        </li>
        <li class={styles.card}>
          <span class={styles.big} data-figure="progressing">
            {figures.goals.progressing} of {figures.goals.withGoal}
          </span>{' '}
          people with a goal moved forward in the last 90 days ({percent(figures.goals.share)})
        </li>
        <li class={styles.card}>
          <span class={styles.big} data-figure="new-people">
            {newTotal}
          </span>{' '}
          new {newTotal === 1 ? 'person' : 'people'} in the last 2 years
        </li>
      </ul>

      <section aria-labelledby="new-heading" class={styles.section}>
        <h2 id="new-heading">New people each quarter</h2>
        <BarChart
          labels={figures.newPerQuarter.map((q) =>
            quarterLabel(q.quarter).replace(/^(\w+)–\w+ /, '$1 '),
          )}
          series={[
            {
              name: 'New people',
              className: styles.barBlue ?? '',
              values: figures.newPerQuarter.map((q) => q.people),
            },
          ]}
          description={`Bar chart of new people each quarter: ${figures.newPerQuarter
            .map((q) => `${quarterLabel(q.quarter)}: ${q.people}`)
            .join('; ')}.`}
        />
        <AsTable>
          <Table caption="New people each quarter" headings={['Quarter', 'New people']}>
            {figures.newPerQuarter.map((q) => (
              <tr key={q.quarter}>
                <Cell label="Quarter" header>
                  {quarterLabel(q.quarter)}
                </Cell>
                <Cell label="New people">{q.people}</Cell>
              </tr>
            ))}
          </Table>
        </AsTable>
      </section>

      <section aria-labelledby="contacts-heading" class={styles.section}>
        <h2 id="contacts-heading">Contacts against targets, last 12 weeks</h2>
        {thisWeek ? (
          <p>
            This week so far: {thisWeek.contactsOfPeopleWithTarget} contacts from the{' '}
            {thisWeek.peopleWithTarget} people with a target. Their targets add up to{' '}
            {thisWeek.target}. {thisWeek.atOrUnderTarget} of {thisWeek.peopleWithTarget} are at or
            under their target. All contacts, with or without a target: {thisWeek.contacts}.
          </p>
        ) : null}
        <p class={styles.legend}>
          <span class={`${styles.key} ${styles.keyBar}`} aria-hidden="true" /> Contacts of people
          with a target <span class={`${styles.key} ${styles.keyLine}`} aria-hidden="true" /> Their
          targets added up (dashed line)
        </p>
        <BarChart
          labels={weeks.map((wk) => weekLabel(wk.week))}
          series={[
            {
              name: 'Contacts',
              className: styles.barBlue ?? '',
              values: weeks.map((wk) => wk.contactsOfPeopleWithTarget),
            },
          ]}
          line={{
            name: 'Target',
            values: weeks.map((wk) => (wk.peopleWithTarget > 0 ? wk.target : null)),
          }}
          description={`Chart of contacts against targets for the weeks starting ${weeks
            .map(
              (wk) =>
                `${weekLabel(wk.week)}: ${wk.contactsOfPeopleWithTarget} contacts, target ${wk.target}`,
            )
            .join('; ')}.`}
        />
        <AsTable>
          <Table
            caption="Contacts and targets each week"
            headings={[
              'Week starting',
              'All contacts',
              'People with a target',
              'Targets added up',
              'Their contacts',
              'At or under target',
            ]}
          >
            {weeks.map((wk) => (
              <tr key={wk.week}>
                <Cell label="Week starting" header>
                  {weekLabel(wk.week)}
                </Cell>
                <Cell label="All contacts">{wk.contacts}</Cell>
                <Cell label="People with a target">{wk.peopleWithTarget}</Cell>
                <Cell label="Targets added up">{wk.target}</Cell>
                <Cell label="Their contacts">{wk.contactsOfPeopleWithTarget}</Cell>
                <Cell label="At or under target">{wk.atOrUnderTarget}</Cell>
              </tr>
            ))}
          </Table>
        </AsTable>
      </section>

      <section aria-labelledby="wellbeing-heading" class={styles.section}>
        <h2 id="wellbeing-heading">Wellbeing: first and latest check-in</h2>
        {w.people === 0 ? (
          <p>Nobody has sent two check-ins yet.</p>
        ) : (
          <>
            <p>
              From the {w.people} {w.people === 1 ? 'person' : 'people'} who sent at least two
              check-ins. Scores are 0 to 10. For anxiety, lower is better.
            </p>
            <p class={styles.legend}>
              <span class={`${styles.key} ${styles.keyFirst}`} aria-hidden="true" /> First check-in
              (top bar) <span class={`${styles.key} ${styles.keyLatest}`} aria-hidden="true" />{' '}
              Latest check-in (bottom bar)
            </p>
            <PairChart
              rows={WELLBEING.map((m) => ({
                label: m.label,
                first: w.first[m.key],
                latest: w.latest[m.key],
              }))}
              scale={10}
              format={(v) => v.toFixed(1)}
              description={`Average wellbeing scores out of 10, first and latest check-in: ${WELLBEING.map(
                (m) => `${m.label}: ${mean(w.first[m.key])} then ${mean(w.latest[m.key])}`,
              ).join('; ')}.`}
            />
            <PairChart
              rows={[
                {
                  label: 'Often or always lonely',
                  first: w.lonelyOftenFirst,
                  latest: w.lonelyOftenLatest,
                },
              ]}
              scale={1}
              format={(v) => percent(v)}
              description={`People often or always lonely: ${percent(w.lonelyOftenFirst)} at the first check-in, ${percent(w.lonelyOftenLatest)} at the latest.`}
            />
            <AsTable>
              <Table
                caption="Wellbeing, first and latest check-in"
                headings={['Question', 'First', 'Latest']}
              >
                {WELLBEING.map((m) => (
                  <tr key={m.key}>
                    <Cell label="Question" header>
                      {m.label} (average out of 10)
                    </Cell>
                    <Cell label="First">{mean(w.first[m.key])}</Cell>
                    <Cell label="Latest">{mean(w.latest[m.key])}</Cell>
                  </tr>
                ))}
                <tr>
                  <Cell label="Question" header>
                    Often or always lonely
                  </Cell>
                  <Cell label="First">{percent(w.lonelyOftenFirst)}</Cell>
                  <Cell label="Latest">{percent(w.lonelyOftenLatest)}</Cell>
                </tr>
              </Table>
            </AsTable>
          </>
        )}
      </section>

      <section aria-labelledby="urgent-heading" class={styles.section}>
        <h2 id="urgent-heading">Urgent care people told us about, last 12 months</h2>
        <p>
          Only from people who chose to send it from their journal. It is what they told us, not
          hospital records.
        </p>
        <p class={styles.legend}>
          <span class={`${styles.key} ${styles.keyAe}`} aria-hidden="true" /> Went to A&amp;E (left){' '}
          <span class={`${styles.key} ${styles.key999}`} aria-hidden="true" /> Called 999 (middle){' '}
          <span class={`${styles.key} ${styles.key111}`} aria-hidden="true" /> Called 111 (right)
        </p>
        <BarChart
          labels={urgent.map((m) => monthLabel(m.month))}
          series={[
            { name: 'A&E', className: styles.barAe ?? '', values: urgent.map((m) => m.wentToAe) },
            { name: '999', className: styles.bar999 ?? '', values: urgent.map((m) => m.called999) },
            { name: '111', className: styles.bar111 ?? '', values: urgent.map((m) => m.called111) },
          ]}
          description={`Bar chart of urgent care each month: ${urgent
            .map(
              (m) =>
                `${monthLabel(m.month, true)}: A&E ${m.wentToAe}, 999 ${m.called999}, 111 ${m.called111}`,
            )
            .join('; ')}.`}
        />
        <AsTable>
          <Table
            caption="Urgent care each month"
            headings={['Month', 'Went to A&E', 'Called 999', 'Called 111', 'People who told us']}
          >
            {urgent.map((m) => (
              <tr key={m.month}>
                <Cell label="Month" header>
                  {monthLabel(m.month, true)}
                </Cell>
                <Cell label="Went to A&E">{m.wentToAe}</Cell>
                <Cell label="Called 999">{m.called999}</Cell>
                <Cell label="Called 111">{m.called111}</Cell>
                <Cell label="People who told us">{m.people}</Cell>
              </tr>
            ))}
          </Table>
        </AsTable>
      </section>
    </>
  );
}

/** The lead's outcomes dashboard: the whole service, or one caseworker's people. */
export function Outcomes() {
  const { api } = useConsole();
  const [data, reload] = useLoad((signal) => api.call(endpoints.service.outcomes, {}, signal), []);
  const [scope, setScope] = useState(SERVICE);
  const ready = data.state === 'ready' ? data.data : null;
  const caseworker = ready?.caseworkers.find((c) => c.id === scope);
  const figures = caseworker ? caseworker.figures : ready?.service;
  const who = caseworker ? `${caseworker.name}’s people` : 'the whole service';
  return (
    <>
      <PageHeading title="Outcomes">Outcomes</PageHeading>
      <p>
        How the people we support are doing, for the whole service or one caseworker. Each
        caseworker’s figures are about the people they support now.
      </p>
      <p>
        <a href={CSV_HREF} download class={styles.download}>
          Download CSV
        </a>{' '}
        <span class={styles.hint}>
          The figures without names or any written words, for commissioners and evaluation.
        </span>
      </p>
      {data.state === 'loading' ? <Loading what="the outcomes" /> : null}
      {data.state === 'failed' ? <LoadFailed failure={data.failure} retry={reload} /> : null}
      {ready && figures ? (
        <>
          <Select
            id="outcomes-scope"
            label="Show figures for"
            value={scope}
            onChange={setScope}
            options={[
              { value: SERVICE, label: 'The whole service' },
              ...ready.caseworkers.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <p class={styles.hint}>Worked out at {whenShort(ready.computedAt)}.</p>
          <h2 class={styles.who} aria-live="polite">
            Figures for {who}
          </h2>
          <Figures figures={figures} who={who} />
        </>
      ) : null}
    </>
  );
}
