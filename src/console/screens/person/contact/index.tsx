import { useState } from 'preact/hooks';
import { caseworkerWeekWords, weeklySeries, weekTally } from '#shared/contacts';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import { weekOf } from '#shared/weeks';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import { Alternatives, SupportUsedList } from './alternatives';
import { ContactChart } from './chart';
import { LogContact } from './log-form';
import { ContactLog } from './log-list';
import { TargetPlan } from './plan';
import styles from './style.module.css';

// A held message counts once it is delivered; its release is a 'message' event.
const LIVE_TYPES = ['contact', 'message'] as const;

type Props = { person: PersonSummary };

/**
 * Contact with the person: the weekly target and its step-down plan, this week's count against
 * it, twelve weeks as a chart (the same counting rule as their phone), and calls or visits
 * logged by hand. Contacts from the phone arrive live.
 */
export function Contact({ person }: Props) {
  const { api } = useConsole();
  const [view, reload, replace] = useLoad(
    (signal) => api.call(endpoints.contacts.view, { params: { personId: person.id } }, signal),
    [person.id],
  );
  useLiveRefresh(reload, person.id, LIVE_TYPES);
  const [stamp, setStamp] = useState(0);

  if (view.state === 'loading') return <Loading what="contacts" />;
  if (view.state === 'failed') return <LoadFailed failure={view.failure} retry={reload} />;

  const now = new Date();
  const thisWeek = weekOf(now).key;
  const data = view.data;
  // The same rule as the phone's "so far this week" (held messages and clock changes included).
  const tally = weekTally(data.events, data.targets, now);
  const series = weeklySeries(data.events, data.targets, now);

  return (
    <>
      <p class={styles.intro}>
        Contacts count app messages (messages within 30 minutes of each other are one contact),
        calls {person.displayName} logs on their phone, and calls or visits you log here. A week
        runs Monday to Sunday, London time. The weekly number is an upper limit you agree and step
        down together: going over it is never a failure.
      </p>
      <section class={styles.summary} aria-labelledby="week-title">
        <h2 id="week-title">This week</h2>
        <p class={styles.big} role="status">
          {caseworkerWeekWords(tally.count, tally.target)}
        </p>
        <ContactChart series={series} personName={person.displayName} />
      </section>
      <div class={styles.columns}>
        <TargetPlan
          personId={person.id}
          personName={person.displayName}
          view={data}
          thisWeek={thisWeek}
          onChange={replace}
        />
        <LogContact
          personId={person.id}
          onLogged={(event) => {
            replace({ ...data, events: [...data.events, event] });
            setStamp((n) => n + 1);
          }}
        />
        <Alternatives
          personId={person.id}
          personName={person.displayName}
          view={data}
          onChange={replace}
        />
      </div>
      <SupportUsedList used={data.supportUsed} personName={person.displayName} />
      <ContactLog
        personId={person.id}
        personName={person.displayName}
        stamp={stamp}
        onDeleted={(id) => replace({ ...data, events: data.events.filter((e) => e.id !== id) })}
      />
    </>
  );
}
