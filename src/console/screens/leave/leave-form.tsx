import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type { PersonSummary } from '#shared/schemas/api';
import type { Caseworker } from '#shared/schemas/caseworker';
import type { LeaveList } from '#shared/schemas/leave';
import { Button } from '../../components/button';
import { DateInput } from '../../components/date-input';
import { parseDateParts, type DateParts } from '../../components/date-input/parse';
import { ErrorSummary } from '../../components/error-summary';
import { Select, TextInput } from '../../components/field';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS, type FormErrors } from '../../errors';
import { leaveDays } from './words';
import styles from './style.module.css';

const EMPTY: DateParts = { day: '', month: '', year: '' };
const NOBODY = '';
const SAME = '';

/** Where an API error path points: the day box of a date, a select. */
const FIELD_IDS: Record<string, string> = {
  caseworkerId: 'leave-who',
  firstDay: 'leave-first-day',
  lastDay: 'leave-last-day',
  'cover.caseworkerId': 'leave-cover',
  'cover.phone': 'leave-phone',
};

/** The error for one date input, and which of its boxes it is about. */
function dateError(errors: FormErrors, id: string) {
  const found = Object.entries(errors.fields).find(([key]) => key.startsWith(`${id}-`));
  if (!found) return { error: undefined, part: undefined };
  return { error: found[1], part: found[0].slice(id.length + 1) as keyof DateParts };
}

/**
 * Record leave: whose (the lead chooses; a caseworker records their own), the first and last
 * day away, who covers the caseload and an optional number for people to call, and anyone who
 * should have their own cover instead.
 */
export function LeaveForm({
  me,
  isLead,
  team,
  people,
  onSaved,
}: {
  me: Caseworker;
  isLead: boolean;
  team: LeaveList['team'];
  people: PersonSummary[];
  onSaved: (words: string) => void;
}) {
  const { api } = useConsole();
  const [who, setWho] = useState(me.id);
  const [first, setFirst] = useState(EMPTY);
  const [last, setLast] = useState(EMPTY);
  const [cover, setCover] = useState(NOBODY);
  const [phone, setPhone] = useState('');
  const [own, setOwn] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const others = team.filter((t) => t.caseworkerId !== who);
  const theirPeople = people.filter((p) => p.caseworkerId === who);
  const choices = others.map((t) => ({ value: t.caseworkerId, label: t.name }));

  async function submit(event: Event) {
    event.preventDefault();
    const firstDay = parseDateParts(first, 'the first day of leave');
    const lastDay = parseDateParts(last, 'the last day of leave');
    const problems: [string, string][] = [];
    if (!firstDay.ok) problems.push([`leave-first-day-${firstDay.part}`, firstDay.message]);
    if (!lastDay.ok) problems.push([`leave-last-day-${lastDay.part}`, lastDay.message]);
    if (firstDay.ok && lastDay.ok && lastDay.date < firstDay.date) {
      problems.push([
        'leave-last-day-day',
        'The last day of leave must be on or after the first day',
      ]);
    }
    if (firstDay.ok && lastDay.ok && lastDay.date < londonDate(new Date())) {
      problems.push(['leave-last-day-day', 'The last day of leave must be today or in the future']);
    }
    if (problems.length > 0 || !firstDay.ok || !lastDay.ok) return setErrors(localErrors(problems));
    setBusy(true);
    try {
      const saved = await api.call(endpoints.leave.save, {
        params: { leaveId: crypto.randomUUID() },
        body: {
          caseworkerId: who,
          firstDay: firstDay.date,
          lastDay: lastDay.date,
          cover: cover ? { caseworkerId: cover, phone: phone.trim() || null } : null,
          people: theirPeople
            .filter((p) => own[p.id])
            .map((p) => ({ personId: p.id, cover: { caseworkerId: own[p.id]!, phone: null } })),
        },
      });
      setErrors(NO_ERRORS);
      setFirst(EMPTY);
      setLast(EMPTY);
      setCover(NOBODY);
      setPhone('');
      setOwn({});
      onSaved(`Leave recorded for ${saved.caseworkerName}: ${leaveDays(saved)}.`);
    } catch (error) {
      setErrors(
        formErrors(error, (path) => {
          if (path === 'firstDay' || path === 'lastDay') return `${FIELD_IDS[path]}-day`;
          const person = /^people\.(\d+)\./.exec(path);
          return person ? `leave-own-${theirPeople[Number(person[1])]?.id ?? ''}` : FIELD_IDS[path];
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.summary} />
      {isLead ? (
        <Select
          id={FIELD_IDS.caseworkerId!}
          label="Whose leave is it?"
          value={who}
          onChange={(id) => {
            setWho(id);
            setCover(NOBODY);
            setOwn({});
          }}
          options={team.map((t) => ({ value: t.caseworkerId, label: t.name }))}
          error={errors.fields[FIELD_IDS.caseworkerId!]}
        />
      ) : null}
      {[
        { id: 'leave-first-day', legend: 'First day away', hint: 'For example, 14 12 2026' },
        {
          id: 'leave-last-day',
          legend: 'Last day away',
          hint: 'Cover ends at midnight at the end of this day.',
        },
      ].map((box) => {
        const isFirst = box.id === 'leave-first-day';
        const problem = dateError(errors, box.id);
        return (
          <DateInput
            key={box.id}
            {...box}
            value={isFirst ? first : last}
            onInput={isFirst ? setFirst : setLast}
            error={problem.error}
            errorPart={problem.part}
          />
        );
      })}
      <Select
        id={FIELD_IDS['cover.caseworkerId']!}
        label="Who looks after the caseload?"
        hint="They see these people and their messages only while the leave lasts."
        value={cover}
        onChange={setCover}
        options={[{ value: NOBODY, label: 'Nobody: send to the team inbox' }, ...choices]}
        error={errors.fields[FIELD_IDS['cover.caseworkerId']!]}
      />
      {cover ? (
        <TextInput
          id={FIELD_IDS['cover.phone']!}
          label="Number people can call (optional)"
          hint="Shown on each person’s phone in place of the usual number. Leave empty to keep it."
          type="tel"
          width="half"
          value={phone}
          onInput={setPhone}
          error={errors.fields[FIELD_IDS['cover.phone']!]}
        />
      ) : null}
      {theirPeople.length > 0 ? (
        <fieldset class={styles.people}>
          <legend class={styles.peopleLegend}>Anyone who needs someone else?</legend>
          {theirPeople.map((p) => (
            <Select
              key={p.id}
              id={`leave-own-${p.id}`}
              label={p.displayName}
              value={own[p.id] ?? SAME}
              onChange={(id) => setOwn({ ...own, [p.id]: id })}
              options={[{ value: SAME, label: 'The same as the caseload' }, ...choices]}
              error={errors.fields[`leave-own-${p.id}`]}
            />
          ))}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Record leave'}
      </Button>
    </form>
  );
}
