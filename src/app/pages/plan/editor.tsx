import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import {
  emptyPlanSections,
  PLAN_SECTIONS,
  type CrisisPlan,
  type PlanSections,
} from '#shared/schemas/plan';
import { useAppState } from '../../state';
import { clearDraft, loadBoxDraft, type BoxSlot } from '../../store/drafts';
import { savePlan } from '../../store/plan';
import { keepShownCopy } from '../../store/professional';
import { useBoxDraftSaver } from '../../store/use-draft';
import { PrivateNote } from '../journal/parts/private-note';
import { t } from './words';
import s from './style.module.css';
import { ErrorMessage } from '../../../ui/error-message';

/** The plan being written, kept as it is typed until it is saved. */
const PLAN_DRAFT: BoxSlot = 'box:plan';

/** One item per line: blank lines dropped, each line at most 500 letters, 30 lines a section. */
export function linesToItems(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().slice(0, 500))
    .filter(Boolean)
    .slice(0, 30);
}

/** Write the plan section by section, on this phone. */
export function PlanEditor({
  plan,
  onDone,
}: {
  plan: CrisisPlan | null;
  onDone: (saved: CrisisPlan | null) => void;
}) {
  const { lock } = useAppState();
  const start = plan?.sections ?? emptyPlanSections();
  const texts = useSignal<Record<string, string>>(
    Object.fromEntries(PLAN_SECTIONS.map((x) => [x.key, (start[x.key] ?? []).join('\n')])),
  );
  const problem = useSignal('');
  const kept = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // What the person was writing last time and did not save, if it is newer than the plan.
  const saver = useBoxDraftSaver(lock, PLAN_DRAFT);
  useEffect(() => {
    let live = true;
    void loadBoxDraft(lock, PLAN_DRAFT)
      .then((draft) => {
        if (!live || !draft) return;
        if (plan && Date.parse(draft.updatedAt) <= Date.parse(plan.updatedAt)) return;
        texts.value = { ...texts.value, ...draft.texts };
        kept.value = true;
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lock]);

  function type(key: string, text: string) {
    texts.value = { ...texts.value, [key]: text };
    saver.schedule({ texts: texts.value, updatedAt: new Date().toISOString() });
  }

  async function cancel() {
    // The person chose not to keep these changes.
    await saver.cancel();
    await clearDraft(lock, PLAN_DRAFT).catch(() => undefined);
    onDone(null);
  }

  async function save(event: Event) {
    event.preventDefault();
    const sections: PlanSections = emptyPlanSections();
    for (const section of PLAN_SECTIONS) {
      sections[section.key] = linesToItems(texts.value[section.key] ?? '');
    }
    const next: CrisisPlan = { sections, updatedAt: new Date().toISOString() };
    try {
      await saver.cancel();
      await savePlan(lock, 'own', next, { draft: PLAN_DRAFT });
      await keepShownCopy(lock).catch(() => undefined);
      onDone(next);
    } catch {
      saver.schedule({ texts: texts.value, updatedAt: new Date().toISOString() });
      problem.value = t('notSaved');
    }
  }

  return (
    <form class={s.page} onSubmit={save} noValidate>
      <h1 ref={heading} tabIndex={-1} class={s.editHeading}>
        {t('write')}
      </h1>
      <p>{t('editLead')}</p>
      {kept.value && <p class={s.kept}>{t('kept')}</p>}
      {PLAN_SECTIONS.map((section) => (
        <div key={section.key} class={s.field}>
          <label for={`edit-${section.key}`} class={s.label}>
            {section.title}
          </label>
          <p id={`hint-${section.key}`} class="hint">
            {section.hint}
          </p>
          <textarea
            id={`edit-${section.key}`}
            class={s.textarea}
            rows={4}
            aria-describedby={`hint-${section.key}`}
            value={texts.value[section.key] ?? ''}
            onInput={(e) => type(section.key, e.currentTarget.value)}
          />
        </div>
      ))}
      {problem.value && <ErrorMessage standalone>{problem.value}</ErrorMessage>}
      <button type="submit" class="btn btn-block btn-main">
        {t('save')}
      </button>
      <button type="button" class="btn btn-secondary btn-block" onClick={() => void cancel()}>
        {t('cancel')}
      </button>
      <PrivateNote />
    </form>
  );
}
