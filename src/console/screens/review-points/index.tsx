import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { ReviewSettingsResponse } from '#shared/schemas/review';
import { nhsDayTime } from '#shared/time-words';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Select, TextInput } from '../../components/field';
import { Inset, Notice } from '../../components/layout';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';
import { focusById } from '../../focus';
import { useLoad } from '../../use-load';
import { pointsWords } from '../person/reviews/words';
import styles from './style.module.css';

type PointDraft = { key: number; label: string; weeks: string };

const EVERY_CHOICES = [
  { value: '', label: 'No more set reviews' },
  ...[2, 4, 6, 8, 12].map((n) => ({ value: String(n), label: `Every ${n} weeks` })),
];
const MAX_POINTS = 6;

/** The lead's form: each set point's name and week, and how often reviews follow the last one. */
function LeadForm({
  settings,
  onSaved,
}: {
  settings: ReviewSettingsResponse;
  onSaved: (s: ReviewSettingsResponse) => void;
}) {
  const { api } = useConsole();
  const [points, setPoints] = useState<PointDraft[]>(() =>
    settings.points.map((p, key) => ({ key, label: p.label, weeks: String(p.weeks) })),
  );
  const [every, setEvery] = useState(String(settings.thenEveryWeeks ?? ''));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const set = (key: number, change: Partial<PointDraft>) =>
    setPoints(points.map((p) => (p.key === key ? { ...p, ...change } : p)));

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(false);
    const found: [string, string][] = [];
    points.forEach((p, i) => {
      if (!p.label.trim()) found.push([`point-${p.key}-label`, `Review ${i + 1}: enter a name`]);
      const weeks = Number(p.weeks);
      if (!/^\d+$/.test(p.weeks.trim()) || weeks < 1 || weeks > 104) {
        found.push([
          `point-${p.key}-weeks`,
          `Review ${i + 1}: weeks must be a number from 1 to 104`,
        ]);
      }
    });
    if (found.length > 0) return setErrors(localErrors(found));
    setBusy(true);
    try {
      const answer = await api.call(endpoints.reviews.setSettings, {
        body: {
          points: points.map((p) => ({ label: p.label.trim(), weeks: Number(p.weeks) })),
          thenEveryWeeks: every === '' ? null : Number(every),
        },
      });
      setPoints(answer.points.map((p, key) => ({ key, label: p.label, weeks: String(p.weeks) })));
      setErrors(NO_ERRORS);
      setSaved(true);
      onSaved(answer);
    } catch (error) {
      setErrors(
        formErrors(error, (path) => {
          const [root, index, part] = path.split('.');
          const point = root === 'points' ? points[Number(index)] : undefined;
          return point && part ? `point-${point.key}-${part}` : undefined;
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  function add() {
    const key = Math.max(-1, ...points.map((p) => p.key)) + 1;
    setPoints([...points, { key, label: '', weeks: '' }]);
    setTimeout(() => focusById(`point-${key}-label`));
  }

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>The review points are saved. Today and each person’s Reviews tab follow them now.</p>
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate>
        {points.map((p, i) => (
          <fieldset key={p.key} class={styles.point}>
            <legend class={styles.legend}>Review {i + 1}</legend>
            <TextInput
              id={`point-${p.key}-label`}
              label="Name"
              hint="For example, Interim review"
              value={p.label}
              onInput={(label) => set(p.key, { label })}
              error={errors.fields[`point-${p.key}-label`]}
            />
            <TextInput
              id={`point-${p.key}-weeks`}
              label="Weeks after support starts"
              value={p.weeks}
              onInput={(weeks) => set(p.key, { weeks })}
              error={errors.fields[`point-${p.key}-weeks`]}
              width="short"
            />
            <Button
              variant="secondary"
              hiddenSuffix={`review ${i + 1}`}
              onClick={() => setPoints(points.filter((x) => x.key !== p.key))}
            >
              Remove
            </Button>
          </fieldset>
        ))}
        {points.length < MAX_POINTS ? (
          <p>
            <Button variant="secondary" onClick={add}>
              Add a review point
            </Button>
          </p>
        ) : null}
        <Select
          id="then-every"
          label="After the last review point, while support carries on"
          value={every}
          onChange={setEvery}
          options={EVERY_CHOICES}
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save review points'}
        </Button>
      </form>
    </>
  );
}

/** When reviews fall due: the lead sets the points; caseworkers see them. */
export function ReviewPoints() {
  const { api, isLead } = useConsole();
  const [loaded, reload, replace] = useLoad(
    (signal) => api.call(endpoints.reviews.settings, {}, signal),
    [],
  );
  return (
    <>
      <PageHeading title="Review points">Review points</PageHeading>
      {loaded.state === 'loading' ? <Loading what="the review points" /> : null}
      {loaded.state === 'failed' ? <LoadFailed failure={loaded.failure} retry={reload} /> : null}
      {loaded.state === 'ready' ? (
        <>
          <p class={styles.intro}>
            {pointsWords(loaded.data)} A review that is due shows in Today and on the person’s
            Reviews tab until it is recorded.
          </p>
          {loaded.data.updatedAt ? (
            <Inset>
              <p>Last changed {nhsDayTime(new Date(loaded.data.updatedAt))}.</p>
            </Inset>
          ) : null}
          {isLead.value ? <LeadForm settings={loaded.data} onSaved={replace} /> : null}
        </>
      ) : null}
    </>
  );
}
