import { useSignal } from '@preact/signals';
import { useRoute } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import type { JournalDraft, JournalEntry } from '#shared/schemas/journal';
import { useAppState } from '../../state';
import { draftFromEntry, entryFromDraft, hasContent, offerResume } from '../../store/draft-rules';
import { clearDraft, loadDraft, type DraftSlot } from '../../store/drafts';
import { getEntry, saveEntry } from '../../store/entries';
import { loadPlans, planToShow } from '../../store/plan';
import { useDraftSaver } from '../../store/use-draft';
import { Resume } from '../journal/parts/resume';
import { Saved } from '../journal/parts/saved';
import { StepView } from './step-view';
import s from './style.module.css';

const TYPED = ['happening', 'wantedOther', 'didInsteadOther'] as const;

type Phase = 'loading' | 'choose' | 'steps' | 'saved' | 'missing';

/**
 * "How I'm feeling": a few big steps, each skippable, saved to the phone as the person goes.
 * `?edit=<id>` changes a saved entry with the same steps.
 */
export default function Feeling() {
  const state = useAppState();
  const { lock } = state;
  /** Urgent care (yes/no only, never words) goes to the caseworker if the person chose that. */
  const urgentCareSent = useSignal(false);
  const reportUrgentCare = (saved: JournalEntry) =>
    void import('../../sync/progress')
      .then((m) => m.urgentCareAfterSave(state, saved))
      .then((sent) => (urgentCareSent.value = sent))
      .catch(() => undefined);
  const editId = useRoute().query.edit;
  const slot: DraftSlot = editId ? `edit-${editId}` : 'new-feeling';
  const saver = useDraftSaver(lock, slot);
  const phase = useSignal<Phase>('loading');
  const draft = useSignal<JournalDraft>({ step: 0, kind: 'feeling' });
  const stored = useSignal<JournalDraft | null>(null);
  const existing = useSignal<JournalEntry | null>(null);
  const selfHelp = useSignal<readonly string[]>([]);
  const problem = useSignal('');

  useEffect(() => {
    let live = true;
    async function load() {
      const [plans, saved, entry] = await Promise.all([
        loadPlans(lock).catch(() => ({ synced: null, own: null })),
        loadDraft(lock, slot),
        editId ? getEntry(lock, editId) : Promise.resolve(null),
      ]);
      if (!live) return;
      selfHelp.value = planToShow(plans).plan?.sections.selfHelp ?? [];
      if (editId && (!entry || entry.kind !== 'feeling')) {
        phase.value = 'missing';
        return;
      }
      existing.value = entry;
      stored.value = saved;
      if (editId ? offerResume(saved, entry) : hasContent(saved)) {
        phase.value = 'choose';
        return;
      }
      draft.value = entry ? draftFromEntry(entry) : (saved ?? { step: 0, kind: 'feeling' });
      phase.value = 'steps';
    }
    void load();
    return () => {
      live = false;
    };
  }, [lock, slot]);

  function change(patch: Partial<JournalDraft>) {
    draft.value = {
      ...draft.value,
      ...patch,
      kind: 'feeling',
      updatedAt: new Date().toISOString(),
    };
    saver.schedule(draft.value);
    // Typing waits for a pause; a tap or a new step is a natural moment to save at once.
    if (!TYPED.some((key) => key in patch)) void saver.flush();
  }

  function carryOn() {
    draft.value = stored.value ?? { step: 0, kind: 'feeling' };
    phase.value = 'steps';
  }

  async function startAgain() {
    const earlier = stored.value;
    if (existing.value) {
      // Editing: go back to the saved entry; the unsaved changes are dropped as asked.
      draft.value = draftFromEntry(existing.value);
      await clearDraft(lock, slot);
    } else {
      // A new one: the words from before are kept as an entry of their own, never thrown away.
      if (earlier && hasContent(earlier)) {
        const now = earlier.updatedAt ?? new Date().toISOString();
        const kept = entryFromDraft(earlier, 'feeling', { id: crypto.randomUUID(), now });
        await saveEntry(lock, kept);
        reportUrgentCare(kept);
      }
      await clearDraft(lock, slot);
      draft.value = { step: 0, kind: 'feeling' };
    }
    phase.value = 'steps';
  }

  async function save() {
    problem.value = '';
    try {
      await saver.flush();
      const now = new Date().toISOString();
      const entry = entryFromDraft(draft.value, 'feeling', {
        id: crypto.randomUUID(),
        now,
        existing: existing.value,
      });
      await saveEntry(lock, entry);
      reportUrgentCare(entry);
      await saver.cancel();
      await clearDraft(lock, slot);
      existing.value = entry;
      phase.value = 'saved';
    } catch {
      problem.value =
        'Sorry, that did not save. Your words are still here on this phone. Please try again.';
    }
  }

  if (phase.value === 'loading') return <p class={s.loading}>Opening…</p>;
  if (phase.value === 'missing') {
    return (
      <div>
        <h1>We could not find that entry</h1>
        <p>It may have been deleted.</p>
        <a href="/journal">Go to my journal</a>
      </div>
    );
  }
  if (phase.value === 'choose') {
    return (
      <Resume
        updatedAt={stored.value?.updatedAt}
        carryOn="Carry on where you left off"
        startAgain={existing.value ? 'Go back to what I saved' : 'Start a new one'}
        startAgainHint={
          existing.value
            ? 'The changes you did not save will be dropped.'
            : 'What you wrote before is kept in your journal.'
        }
        onCarryOn={carryOn}
        onStartAgain={() => void startAgain()}
      />
    );
  }
  if (phase.value === 'saved') {
    return (
      <Saved urgentCareSent={urgentCareSent.value}>
        <p>
          <a href="/journal">See my journal</a>
        </p>
      </Saved>
    );
  }
  return (
    <StepView
      draft={draft.value}
      selfHelp={selfHelp.value}
      problem={problem.value}
      change={change}
      save={() => void save()}
      exitHref={existing.value ? `/journal/entry/${existing.value.id}` : '/journal'}
    />
  );
}
