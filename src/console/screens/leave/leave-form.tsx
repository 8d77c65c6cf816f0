import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { leaveWarnings } from '#shared/leave-warnings';
import { londonDate } from '#shared/london';
import type { PersonSummary } from '#shared/schemas/api';
import type { Caseworker } from '#shared/schemas/caseworker';
import type { Leave, LeaveList } from '#shared/schemas/leave';
import { Button, ButtonGroup } from '../../components/button';
import { DateInput } from '../../components/date-input';
import { dateParts, parseDateParts, type DateParts } from '../../components/date-input/parse';
import { ErrorSummary } from '../../components/error-summary';
import { Warning } from '../../components/layout';
import { Select, TextInput } from '../../components/field';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS, type FormErrors } from '../../errors';
import { PeopleCovers, type OwnCover } from './people-covers';
import { leaveDays } from './words';
import styles from './style.module.css';

const EMPTY: DateParts = { day: '', month: '', year: '' };
const NOBODY = '';

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

/** Each person's own cover as the form holds it, from a saved leave. */
function ownFrom(leave: Leave | null): Record<string, OwnCover> {
  const own: Record<string, OwnCover> = {};
  for (const p of leave?.people ?? []) {
    own[p.personId] = { caseworkerId: p.cover.caseworkerId, phone: p.cover.phone ?? '' };
  }
  return own;
}

/**
 * Record leave, or change one (`editing`): whose (the lead chooses; a caseworker records their
 * own; a leave being changed stays whose it is), the first and last day away, who covers the
 * caseload and an optional number for people to call, and anyone who should have their own
 * cover (and number) instead. Warns kindly, as the form is filled in, when a cover is away
 * too or the days meet other leave; only the same person's overlapping leave is refused.
 */
export function LeaveForm({
  me,
  isLead,
  list,
  people,
  editing,
  onSaved,
  onStop,
  onTakeOff,
}: {
  me: Caseworker;
  isLead: boolean;
  list: LeaveList;
  people: PersonSummary[];
  editing: Leave | null;
  onSaved: (words: string) => void;
  onStop: () => void;
  onTakeOff: (leave: Leave) => void;
}) {
  const { api } = useConsole();
  const team = list.team;
  const [who, setWho] = useState(editing?.caseworkerId ?? me.id);
  const [first, setFirst] = useState(editing ? dateParts(editing.firstDay) : EMPTY);
  const [last, setLast] = useState(editing ? dateParts(editing.lastDay) : EMPTY);
  const [cover, setCover] = useState(editing?.cover?.caseworkerId ?? NOBODY);
  const [phone, setPhone] = useState(editing?.cover?.phone ?? '');
  const [own, setOwn] = useState(() => ownFrom(editing));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const others = team.filter((t) => t.caseworkerId !== who);
  const theirPeople = people.filter((p) => p.caseworkerId === who);
  const choices = others.map((t) => ({ value: t.caseworkerId, label: t.name }));
  const chosen = theirPeople.filter((p) => own[p.id]?.caseworkerId);
  const nameOf = (id: string) => team.find((t) => t.caseworkerId === id)?.name ?? 'A colleague';

  const firstTyped = parseDateParts(first);
  const lastTyped = parseDateParts(last);
  const warnings =
    firstTyped.ok && lastTyped.ok && lastTyped.date >= firstTyped.date
      ? leaveWarnings(
          {
            leaveId: editing?.id ?? null,
            caseworkerId: who,
            firstDay: firstTyped.date,
            lastDay: lastTyped.date,
            covers: [
              ...(cover ? [{ caseworkerId: cover, forWhom: null }] : []),
              ...chosen.map((p) => ({
                caseworkerId: own[p.id]!.caseworkerId,
                forWhom: p.displayName,
              })),
            ],
          },
          list.away,
          nameOf,
          me.id,
        )
      : [];

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
    const details = {
      firstDay: firstDay.date,
      lastDay: lastDay.date,
      cover: cover ? { caseworkerId: cover, phone: phone.trim() || null } : null,
      people: chosen.map((p) => ({
        personId: p.id,
        cover: { caseworkerId: own[p.id]!.caseworkerId, phone: own[p.id]!.phone.trim() || null },
      })),
    };
    try {
      const saved = editing
        ? await api.call(endpoints.leave.change, { params: { leaveId: editing.id }, body: details })
        : await api.call(endpoints.leave.save, {
            params: { leaveId: crypto.randomUUID() },
            body: { caseworkerId: who, ...details },
          });
      setErrors(NO_ERRORS);
      setFirst(EMPTY);
      setLast(EMPTY);
      setCover(NOBODY);
      setPhone('');
      setOwn({});
      const what = editing ? 'Leave changed' : 'Leave recorded';
      const also = warnings.length > 0 ? ` ${warnings.join(' ')}` : '';
      onSaved(`${what} for ${saved.caseworkerName}: ${leaveDays(saved)}.${also}`);
    } catch (error) {
      setErrors(
        formErrors(error, (path) => {
          if (path === 'firstDay' || path === 'lastDay') return `${FIELD_IDS[path]}-day`;
          const person = /^people\.(\d+)\.(.*)$/.exec(path);
          if (!person) return FIELD_IDS[path];
          const id = chosen[Number(person[1])]?.id ?? '';
          return person[2] === 'cover.phone' ? `leave-own-phone-${id}` : `leave-own-${id}`;
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="leave-form-heading">
      <ErrorSummary errors={errors.summary} />
      {isLead && !editing ? (
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
      <PeopleCovers
        people={theirPeople}
        choices={choices}
        own={own}
        onChange={setOwn}
        errors={errors.fields}
      />
      {warnings.length > 0 ? (
        <div data-testid="leave-warnings" aria-live="polite">
          <Warning>
            <ul class={styles.warnings}>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Warning>
        </div>
      ) : null}
      <ButtonGroup>
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save changes' : 'Record leave'}
        </Button>
        {editing ? (
          <>
            <Button
              variant="warning"
              onClick={() => onTakeOff(editing)}
              hiddenSuffix={leaveDays(editing)}
            >
              Cancel this leave
            </Button>
            <Button variant="link" onClick={onStop}>
              Keep it as it was
            </Button>
          </>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
