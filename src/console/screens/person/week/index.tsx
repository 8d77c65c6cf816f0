import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { addDays, londonDate } from '#shared/london';
import type { PersonSummary } from '#shared/schemas/api';
import { nhsDate } from '#shared/time-words';
import { weekOf } from '#shared/weeks';
import { Button, ButtonGroup } from '../../../components/button';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { useLoad } from '../../../use-load';
import { WeekItemView } from './item';
import styles from './style.module.css';

/**
 * One week, Monday to Sunday, side by side: what the person chose to share (entries, check-ins,
 * urgent care, milestones, messages) beside the team's notes and contacts, for a session
 * together. Prints on A4 on its own, without the console around it. It does not refresh on live
 * events: each look at a week is its own line in the audit log, so it loads only when asked.
 */
export function Week({ person }: { person: PersonSummary }) {
  const { api, session } = useConsole();
  const thisWeek = weekOf(new Date()).key;
  const [start, setStart] = useState(thisWeek);
  const [week, reload] = useLoad(
    (signal) =>
      api.call(endpoints.notes.week, { params: { personId: person.id }, query: { start } }, signal),
    [person.id, start],
  );
  const name = person.displayName;
  const me = session.value?.caseworker.id;
  const range = `${nhsDate(start)} to ${nhsDate(addDays(start, 6), true)}`;

  return (
    <div class={styles.sheet}>
      <div class={styles.controls}>
        <ButtonGroup>
          <Button variant="secondary" onClick={() => setStart(addDays(start, -7))}>
            Previous week
          </Button>
          {start !== thisWeek ? (
            <Button variant="secondary" onClick={() => setStart(addDays(start, 7))}>
              Next week
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => window.print()}>
            Print this week
          </Button>
        </ButtonGroup>
        <p class={styles.hint}>
          This shows only what {name} chose to share from their journal, beside the team’s notes and
          contacts. Looking at a week is recorded in the audit log.
        </p>
      </div>
      <h2 class={styles.title} id="week-title">
        {name}: {range}
      </h2>
      {week.state === 'loading' ? <Loading what="this week" /> : null}
      {week.state === 'failed' ? <LoadFailed failure={week.failure} retry={reload} /> : null}
      {week.state === 'ready' ? (
        <ol class={styles.days} aria-labelledby="week-title">
          {week.data.days.map((d) => (
            <li key={d.day} class={styles.day} data-day={d.day}>
              <h3 class={styles.dayName}>{nhsDate(d.day)}</h3>
              {d.items.length === 0 ? (
                <p class={styles.nothing}>Nothing this day.</p>
              ) : (
                <ul class={styles.items}>
                  {d.items.map((item, i) => (
                    <WeekItemView key={i} item={item} personName={name} me={me} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <p class={styles.printOnly}>
        Printed {nhsDate(londonDate(new Date()), true)}. This page is about {name} and is private:
        give it to them or shred it after the session.
      </p>
    </div>
  );
}
