import { useState } from 'preact/hooks';
import { DAY_PART_SPANS, DAY_PART_TITLES, DAY_PARTS, type DayPart } from '#shared/day-part';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { Routine, RoutineParts } from '#shared/schemas/routine';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import type { FieldTarget } from '../../../errors';
import { whenLong } from '../../../format';
import { useLoad } from '../../../use-load';
import { useSave } from '../../../use-save';
import { toLines } from '../plan-editor';
import styles from '../plan-editor/style.module.css';

type Drafts = Record<DayPart, string>;

const HINTS: Record<DayPart, string> = {
  morning: 'For example: Get up and open the curtains. Have breakfast.',
  afternoon: 'For example: Walk to the shop. Watch a film.',
  evening: 'For example: Phone my sister. A bath before bed.',
};

const toDrafts = (routine: Routine): Drafts => ({
  morning: routine.morning.join('\n'),
  afternoon: routine.afternoon.join('\n'),
  evening: routine.evening.join('\n'),
});

const labelOf = (part: DayPart) =>
  `${DAY_PART_TITLES[part]} (${DAY_PART_SPANS[part].toLowerCase()})`;

function fieldFor(path: string): FieldTarget | undefined {
  const [key, line] = path.split('.');
  const part = DAY_PARTS.find((p) => p === key);
  if (!part) return undefined;
  const where = line === undefined ? labelOf(part) : `${labelOf(part)}, line ${Number(line) + 1}`;
  return { id: `routine-${part}`, where };
}

/**
 * The daily routine, written with the person: a few things for the morning, afternoon and
 * evening. Their phone shows the part for the time of day on its home screen.
 */
export function RoutineEditor({ person }: { person: PersonSummary }) {
  const { api } = useConsole();
  const personId = person.id;
  const [drafts, setDrafts] = useState<Drafts>({ morning: '', afternoon: '', evening: '' });
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const { errors, saved, busy, save } = useSave(fieldFor);
  const [routine, reload] = useLoad(
    async (signal) => {
      const found = await api.call(endpoints.people.routine, { params: { personId } }, signal);
      setDrafts(toDrafts(found));
      setUpdatedAt(found.updatedAt);
      return found;
    },
    [personId],
  );

  function submit(event: Event) {
    event.preventDefault();
    const body: RoutineParts = {
      morning: toLines(drafts.morning),
      afternoon: toLines(drafts.afternoon),
      evening: toLines(drafts.evening),
    };
    void save(async () => {
      const result = await api.call(endpoints.people.setRoutine, { params: { personId }, body });
      setDrafts(toDrafts(result));
      setUpdatedAt(result.updatedAt);
    });
  }

  if (routine.state === 'loading') return <Loading what="the daily routine" />;
  if (routine.state === 'failed') return <LoadFailed failure={routine.failure} retry={reload} />;

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>
            The routine is saved.{' '}
            {person.linked
              ? 'Their phone shows it on its home screen next time it updates.'
              : 'Their phone will show it once it is linked.'}
          </p>
        </Notice>
      ) : null}
      <p class={styles.intro}>
        Plan the day together, in their words: small things to keep busy and feel steady. Put each
        thing on its own line, up to 12 for each part of the day. Their phone shows the morning
        before 12pm, the afternoon from 12pm to 6pm and the evening after 6pm, and they can tick
        things off on the phone (the ticks stay on their phone).
        {updatedAt ? ` Last saved ${whenLong(updatedAt)}.` : ''}
      </p>
      <form onSubmit={submit} noValidate class={styles.form}>
        {DAY_PARTS.map((part) => (
          <TextArea
            key={part}
            id={`routine-${part}`}
            label={labelOf(part)}
            hint={HINTS[part]}
            value={drafts[part]}
            onInput={(value) => setDrafts({ ...drafts, [part]: value })}
            error={errors.fields[`routine-${part}`]}
            rows={Math.max(3, Math.min(12, drafts[part].split('\n').length + 1))}
          />
        ))}
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the routine'}
        </Button>
      </form>
    </>
  );
}
