import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type { SafeguardingConcern } from '#shared/schemas/safeguarding';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Select, TextArea, TextInput } from '../../components/field';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';
import { DateInput } from '../../components/date-input';
import { dateParts, parsePastDate, type DateParts } from '../../components/date-input/parse';

const FIELD_IDS: Record<string, string> = {
  // The day box of the date input: where the error summary takes you.
  raisedOn: 'sg-raised-day',
  category: 'sg-category',
  whatWasDone: 'sg-done',
  referredTo: 'sg-referred',
};

const CHOOSE = { value: '', label: 'Choose a category' };

/** Record a new concern: the day, what kind, what was done and who it was referred to. */
export function ConcernForm({
  personId,
  categories,
  onRecorded,
}: {
  personId: string;
  /** The service's own list, in its order. */
  categories: string[];
  onRecorded: (concern: SafeguardingConcern) => void;
}) {
  const { api } = useConsole();
  const today = londonDate(new Date());
  const [raised, setRaised] = useState(dateParts(today));
  const [category, setCategory] = useState('');
  const [whatWasDone, setWhatWasDone] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const date = parsePastDate(raised, today);
    const problems: [string, string][] = [];
    if (!date.ok) problems.push([`sg-raised-${date.part}`, date.message]);
    if (!category) problems.push([FIELD_IDS.category!, 'Choose what kind of concern it is']);
    if (!whatWasDone.trim()) problems.push([FIELD_IDS.whatWasDone!, 'Write what was done']);
    if (problems.length > 0 || !date.ok) return setErrors(localErrors(problems));
    setBusy(true);
    try {
      const concern = await api.call(endpoints.safeguarding.record, {
        params: { personId },
        body: {
          raisedOn: date.date,
          category,
          whatWasDone,
          referredTo,
        },
      });
      setErrors(NO_ERRORS);
      setCategory('');
      setWhatWasDone('');
      setReferredTo('');
      setRaised(dateParts(today));
      onRecorded(concern);
    } catch (error) {
      setErrors(formErrors(error, (path) => FIELD_IDS[path]));
    } finally {
      setBusy(false);
    }
  }

  const dateError = Object.entries(errors.fields).find(([key]) => key.startsWith('sg-raised-'));
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.summary} />
      <DateInput
        id="sg-raised"
        legend="When was the concern raised?"
        hint="For example, 27 11 2026"
        value={raised}
        onInput={setRaised}
        error={dateError?.[1]}
        errorPart={
          dateError ? (dateError[0].slice('sg-raised-'.length) as keyof DateParts) : undefined
        }
      />
      <Select
        id={FIELD_IDS.category!}
        label="What kind of concern is it?"
        value={category}
        onChange={setCategory}
        options={[CHOOSE, ...categories.map((c) => ({ value: c, label: c }))]}
        error={errors.fields[FIELD_IDS.category!]}
      />
      <TextArea
        id={FIELD_IDS.whatWasDone!}
        label="What was done"
        hint="What you saw or were told, and what you did about it."
        rows={4}
        value={whatWasDone}
        onInput={setWhatWasDone}
        error={errors.fields[FIELD_IDS.whatWasDone!]}
      />
      <TextInput
        id={FIELD_IDS.referredTo!}
        label="Referred to (optional)"
        hint="For example, the local authority adult safeguarding team."
        value={referredTo}
        onInput={setReferredTo}
        error={errors.fields[FIELD_IDS.referredTo!]}
      />
      <Button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Record the concern'}
      </Button>
    </form>
  );
}
