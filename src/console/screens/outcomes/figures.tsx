import type { ComponentChildren } from 'preact';
import type { OutcomeFigures } from '#shared/schemas/outcomes';
import { Cell, Table } from '../../components/table';
import { BarChart, PairChart } from './charts';
import { CommunityFigures } from './community';
import { HospitalUse } from './hospital';
import styles from './style.module.css';
import { weekAxis } from '../../format';
import { mean, monthLabel, percent, quarterLabel, weekLabel } from './labels';

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

export function Figures({ figures, who }: { figures: OutcomeFigures; who: string }) {
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
          labels={weeks.map((wk) => weekAxis(wk.week))}
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

      <CommunityFigures figures={figures} />

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

      <HospitalUse figures={figures.hospital} who={who} />

      <section aria-labelledby="urgent-heading" class={styles.section}>
        <h2 id="urgent-heading">Urgent care people told us about, last 12 months</h2>
        <p>
          Self-reported: only from people who chose to send it from their journal. It is what they
          told us, not hospital records (those are above).
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
