import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import {
  emptyPlanSections,
  PLAN_SECTIONS,
  type PlanSectionKey,
  type PlanSections,
} from '#shared/schemas/plan';
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
import styles from './style.module.css';

type Drafts = Record<PlanSectionKey, string>;

function toDrafts(sections: PlanSections): Drafts {
  const drafts: Partial<Drafts> = {};
  for (const { key } of PLAN_SECTIONS) drafts[key] = (sections[key] ?? []).join('\n');
  return { ...blankDrafts(), ...drafts };
}

function blankDrafts(): Drafts {
  return {
    warningSigns: '',
    selfHelp: '',
    placesThatHelp: '',
    peopleToAsk: '',
    professionals: '',
    keepingSafe: '',
    whatMatters: '',
    outOfHours: '',
  };
}

/** One line of the text box per item; blank lines are dropped. */
export function toLines(draft: string): string[] {
  return draft
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function fieldFor(path: string): FieldTarget | undefined {
  const [root, key, line] = path.split('.');
  const section = PLAN_SECTIONS.find((s) => s.key === key);
  if (root !== 'sections' || !section) return undefined;
  const where = line === undefined ? section.title : `${section.title}, line ${Number(line) + 1}`;
  return { id: `plan-${section.key}`, where };
}

/** The crisis plan, written with the person: eight sections of short lines. */
export function PlanEditor({ personId }: { personId: string }) {
  const { api } = useConsole();
  const [drafts, setDrafts] = useState<Drafts>(blankDrafts);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const { errors, saved, busy, save } = useSave(fieldFor);
  const [plan, reload] = useLoad(
    async (signal) => {
      const found = await api.call(endpoints.people.plan, { params: { personId } }, signal);
      setDrafts(toDrafts(found.sections));
      setUpdatedAt(found.updatedAt);
      return found;
    },
    [personId],
  );

  function submit(event: Event) {
    event.preventDefault();
    // Every section is sent, an empty one as no lines.
    const sections = emptyPlanSections();
    for (const { key } of PLAN_SECTIONS) sections[key] = toLines(drafts[key]);
    void save(async () => {
      const result = await api.call(endpoints.people.setPlan, {
        params: { personId },
        body: { sections },
      });
      setDrafts(toDrafts(result.sections));
      setUpdatedAt(result.updatedAt);
    });
  }

  if (plan.state === 'loading') return <Loading what="the crisis plan" />;
  if (plan.state === 'failed') return <LoadFailed failure={plan.failure} retry={reload} />;

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>The plan is saved. Their phone gets it next time it updates.</p>
        </Notice>
      ) : null}
      <p class={styles.intro}>
        Write the plan together, in their words. Put each thing on its own line.
        {updatedAt ? ` Last saved ${whenLong(updatedAt)}.` : ''}
      </p>
      <form onSubmit={submit} noValidate class={styles.form}>
        {PLAN_SECTIONS.map((section) => (
          <TextArea
            key={section.key}
            id={`plan-${section.key}`}
            label={section.title}
            hint={section.hint}
            value={drafts[section.key]}
            onInput={(value) => setDrafts({ ...drafts, [section.key]: value })}
            error={errors.fields[`plan-${section.key}`]}
            rows={Math.max(3, Math.min(10, drafts[section.key].split('\n').length + 1))}
          />
        ))}
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the plan'}
        </Button>
      </form>
    </>
  );
}
