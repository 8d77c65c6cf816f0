import { useEffect, useState } from 'preact/hooks';
import type { ServiceCalendar } from '#shared/calendar';
import { endpoints } from '#shared/endpoints';
import type { Hours } from '#shared/schemas/hours';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { HoursForm } from '../person/hours-editor/form';
import { Notifications } from './notifications';
import styles from './style.module.css';

/** A caseworker's own working hours: outside them the console does not try to reach them. */
export function WorkingHours() {
  const { api } = useConsole();
  const [hours, setHours] = useState<Hours | null>(null);
  const [calendar, setCalendar] = useState<ServiceCalendar | null>(null);
  useEffect(() => {
    // The console is quiet on the service's bank holidays and closures too; without the
    // calendar the line below just says what the saved hours say.
    const controller = new AbortController();
    api.call(endpoints.calendar.get, {}, controller.signal).then(setCalendar, () => {});
    return () => controller.abort();
  }, []);
  return (
    <>
      <PageHeading title="My working hours">My working hours</PageHeading>
      <div class={styles.layout}>
        <div>
          <HoursForm
            load={async (signal) => (await api.call(endpoints.auth.workingHours, {}, signal)).hours}
            save={async (hours: Hours) =>
              (await api.call(endpoints.auth.setWorkingHours, { body: { hours } })).hours
            }
            errorPrefix="hours."
            what="your working hours"
            intro={
              <>
                <p>
                  Tell the console when you work. Outside these hours it will not notify you: no
                  count in the tab title and no pop-up notification. Messages and journal entries
                  still arrive, and you see them next time you look.
                </p>
                <p>
                  These are your own hours. The times each person may contact you are their “Agreed
                  hours”, on their page. Times are UK time.
                </p>
              </>
            }
            savedText="Your working hours are saved. Outside them, the console will not notify you."
            alwaysHint="The console may notify you at any time of day or night."
            exceptionsIntro="Add days off and leave: on these dates the usual times do not apply, and the console stays quiet. Bank holidays and team closures come from the service calendar."
            submitLabel="Save my working hours"
            onHours={setHours}
          />
        </div>
        <Notifications hours={hours} calendar={calendar} />
      </div>
    </>
  );
}
