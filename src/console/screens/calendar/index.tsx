import { useState } from 'preact/hooks';
import { NATIONS, type Nation } from '#shared/bank-holidays';
import { closedDates } from '#shared/calendar';
import { endpoints } from '#shared/endpoints';
import { addDays, londonDate } from '#shared/london';
import type { CalendarResponse, ServiceCalendar } from '#shared/schemas/calendar';
import { nhsDate, nhsDayTime } from '#shared/time-words';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { FieldError } from '../../components/field';
import { Inset, Notice } from '../../components/layout';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Cell, Table } from '../../components/table';
import { useConsole } from '../../context';
import { formErrors, NO_ERRORS, type FieldTarget } from '../../errors';
import { useLoad } from '../../use-load';
import { closureIds, ClosuresEditor, newKey, type ClosureDraft } from './closures';
import { closureDays, NATION_WORDS } from './words';
import styles from './style.module.css';

const nationId = (n: Nation) => `nation-${n}`;

const toDrafts = (c: ServiceCalendar): ClosureDraft[] =>
  c.closures.map((x) => ({ key: newKey(), ...x }));

/** Which input an API error path points at: `nations`, `closures.0.to`, ... */
function fieldFor(drafts: ClosureDraft[]) {
  return (path: string): FieldTarget | undefined => {
    const [root, index, part] = path.split('.');
    if (root === 'nations') return { id: nationId(NATIONS[0]), where: 'Nations' };
    const draft = drafts[Number(index)];
    if (root !== 'closures' || !draft) return undefined;
    const ids = closureIds(draft.key);
    const where = draft.label.trim() || `Closure ${Number(index) + 1}`;
    if (part === 'from') return { id: ids.from, where: `${where}, first day` };
    if (part === 'to') return { id: ids.to, where: `${where}, last day` };
    if (part === 'label') return { id: ids.label, where };
    return undefined;
  };
}

/** Every closed day of the next 12 months, so the team can check what the phones will show. */
function ComingClosedDays({ calendar }: { calendar: ServiceCalendar }) {
  const today = londonDate(new Date());
  const days = [...closedDates(calendar, today, addDays(today, 365))].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <section class={styles.upcoming} aria-labelledby="coming-closed">
      <h2 id="coming-closed">Closed days in the next 12 months</h2>
      <p class={styles.intro}>
        On these days agreed hours, working hours and local services on each person’s guide are
        closed, unless a contact says otherwise. GP surgeries close on bank holidays only. 999, NHS
        111, Samaritans and Shout are always open.
      </p>
      <Table caption="Closed days in the next 12 months" captionHidden headings={['Date', 'Why']}>
        {days.map(([date, label]) => (
          <tr key={date}>
            <Cell label="Date">{nhsDate(date, true)}</Cell>
            <Cell label="Why">{label}</Cell>
          </tr>
        ))}
      </Table>
    </section>
  );
}

/** What a caseworker sees: the calendar, read-only. */
function ReadOnly({ calendar }: { calendar: CalendarResponse }) {
  return (
    <>
      <p class={styles.intro}>
        The HIU lead sets the service calendar. Agreed hours, your working hours and the guide on
        each person’s phone follow it.
      </p>
      <h2>Bank holidays followed</h2>
      <ul>
        {calendar.nations.map((n) => (
          <li key={n}>{NATION_WORDS[n]}</li>
        ))}
      </ul>
      <h2>Team closures</h2>
      {calendar.closures.length === 0 ? (
        <p>No team closures.</p>
      ) : (
        <ul>
          {calendar.closures.map((c) => (
            <li key={`${c.from}-${c.label}`}>
              {c.label}: {closureDays(c)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the lead sees: the nations served and the team closures, to change and save. */
function LeadForm({
  calendar,
  onSaved,
}: {
  calendar: CalendarResponse;
  onSaved: (c: CalendarResponse) => void;
}) {
  const { api } = useConsole();
  const [nations, setNations] = useState<Nation[]>(calendar.nations);
  const [closures, setClosures] = useState<ClosureDraft[]>(() => toDrafts(calendar));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(false);
    setBusy(true);
    const body = {
      nations: NATIONS.filter((n) => nations.includes(n)),
      closures: closures.map(({ from, to, label }) => ({ from, to, label })),
    };
    try {
      const answer = await api.call(endpoints.calendar.set, { body });
      setClosures(toDrafts(answer));
      setErrors(NO_ERRORS);
      setSaved(true);
      onSaved(answer);
    } catch (error) {
      setErrors(formErrors(error, fieldFor(closures)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>
            The service calendar is saved. Each person’s phone gets it the next time it connects.
          </p>
        </Notice>
      ) : null}
      <p class={styles.intro}>
        Agreed hours, caseworkers’ working hours and the services on each person’s guide close on
        bank holidays, and all but GP surgeries on team closures. A contact can be set to keep its
        own hours instead.
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset class={styles.nations} aria-describedby="nations-hint">
          <legend class={styles.nationsLegend}>Which bank holidays does the service follow?</legend>
          <div id="nations-hint" class={styles.intro}>
            Choose each nation the people you support live in.
          </div>
          {errors.fields[nationId(NATIONS[0])] ? (
            <FieldError id="nations-error" message={errors.fields[nationId(NATIONS[0])] ?? ''} />
          ) : null}
          {NATIONS.map((n) => (
            <div class={styles.check} key={n}>
              <input
                type="checkbox"
                id={nationId(n)}
                checked={nations.includes(n)}
                onChange={(e) =>
                  setNations(
                    e.currentTarget.checked ? [...nations, n] : nations.filter((x) => x !== n),
                  )
                }
              />
              <label for={nationId(n)}>{NATION_WORDS[n]}</label>
            </div>
          ))}
        </fieldset>
        <ClosuresEditor closures={closures} onChange={setClosures} errors={errors.fields} />
        <div class={styles.save}>
          <Button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save the service calendar'}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The service calendar: the lead changes it; caseworkers see it. */
export function CalendarScreen() {
  const { api, isLead } = useConsole();
  const [loaded, reload, replace] = useLoad(
    (signal) => api.call(endpoints.calendar.get, {}, signal),
    [],
  );
  return (
    <>
      <PageHeading title="Service calendar">Service calendar</PageHeading>
      {loaded.state === 'loading' ? <Loading what="the service calendar" /> : null}
      {loaded.state === 'failed' ? <LoadFailed failure={loaded.failure} retry={reload} /> : null}
      {loaded.state === 'ready' ? (
        <>
          {loaded.data.updatedAt ? (
            <Inset>
              <p>Last changed {nhsDayTime(new Date(loaded.data.updatedAt))}.</p>
            </Inset>
          ) : null}
          {isLead.value ? (
            <LeadForm calendar={loaded.data} onSaved={replace} />
          ) : (
            <ReadOnly calendar={loaded.data} />
          )}
          <ComingClosedDays calendar={loaded.data} />
        </>
      ) : null}
    </>
  );
}
