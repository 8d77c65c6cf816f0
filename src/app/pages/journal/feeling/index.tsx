import { useSignal } from '@preact/signals';
import { useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { Id } from '#shared/schemas/common';
import type { JournalDraft, JournalEntry } from '#shared/schemas/journal';
import { useAppState } from '../../../state';
import { draftFromEntry, entryFromDraft, offerResume } from '../../../store/draft-rules';
import { clearDraft, listDrafts, loadDraft, type UnfinishedDraft } from '../../../store/drafts';
import { getEntry, saveEntry } from '../../../store/entries';
import { loadPlans, planToShow } from '../../../store/plan';
import { useDraftSaver } from '../../../store/use-draft';
import { keepNewDrafts, reportUrgentCare } from '../keep-drafts';
import { Resume, ResumeList } from '../parts/resume';
import { Saved } from '../parts/saved';
import { StepView } from './step-view';
import { t } from './words';
import s from './style.module.css';
import { ErrorMessage } from '../../../../ui/error-message';

const TYPED = ['happening', 'wantedOther', 'didInsteadOther'] as const;

type Phase = 'loading' | 'choose' | 'list' | 'steps' | 'saved' | 'missing';

const blank = (): JournalDraft => ({ step: 0, kind: 'feeling' });

/**
 * "How I'm feeling": a few big steps, each skippable, saved to the phone as the person goes.
 * `?edit=<id>` changes a saved entry with the same steps; `?draft=<id>` carries on a draft.
 */
export default function Feeling() {
  const { edit, draft } = useRoute().query;
  // A new address (a draft carried on from the list) is a new flow with its own entry id.
  return <FeelingFlow key={`${edit ?? ''}/${draft ?? ''}`} />;
}

function FeelingFlow() {
  const state = useAppState();
  const { lock } = state;
  const urgentCareSent = useSignal(false);
  const query = useRoute().query;
  // Only an entry id names an entry or a draft: anything else in the address starts a new one.
  const editId = Id.safeParse(query.edit).data;
  const draftId = Id.safeParse(query.draft).data;
  // The id the entry will have, made when the steps open: its draft is kept under it.
  const [id, setId] = useState(() => editId ?? draftId ?? crypto.randomUUID());
  const saver = useDraftSaver(lock, id);
  const phase = useSignal<Phase>('loading');
  const draft = useSignal<JournalDraft>(blank());
  const stored = useSignal<JournalDraft | null>(null);
  const existing = useSignal<JournalEntry | null>(null);
  const others = useSignal<UnfinishedDraft[]>([]);
  const busy = useSignal(false);
  const selfHelp = useSignal<readonly string[]>([]);
  const problem = useSignal('');

  useEffect(() => {
    let live = true;
    async function load() {
      const named = editId ?? draftId;
      const [plans, saved, entry, unfinished] = await Promise.all([
        loadPlans(lock).catch(() => ({ synced: null, own: null })),
        named ? loadDraft(lock, named) : null,
        named ? getEntry(lock, named) : null,
        named ? [] : listDrafts(lock),
      ]);
      if (!live) return;
      selfHelp.value = planToShow(plans).plan?.sections.selfHelp ?? [];
      if (named && entry && entry.kind !== 'feeling') {
        phase.value = 'missing';
        return;
      }
      if (editId && !entry) {
        phase.value = 'missing';
        return;
      }
      existing.value = entry;
      stored.value = saved;
      others.value = unfinished;
      if (unfinished.length > 0) phase.value = 'list';
      else if (editId && offerResume(saved, entry)) phase.value = 'choose';
      else {
        const carried = offerResume(saved, entry) ? saved : null;
        draft.value = carried ?? (entry ? draftFromEntry(entry) : blank());
        phase.value = 'steps';
      }
    }
    void load();
    return () => {
      live = false;
    };
  }, [lock]);

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
    draft.value = stored.value ?? blank();
    phase.value = 'steps';
  }

  async function goBack() {
    // Editing: go back to the saved entry; the unsaved changes are dropped as asked.
    if (existing.value) draft.value = draftFromEntry(existing.value);
    await clearDraft(lock, id);
    phase.value = 'steps';
  }

  async function startNew() {
    busy.value = true;
    try {
      await keepNewDrafts(state, others.value);
      setId(crypto.randomUUID());
      draft.value = blank();
      phase.value = 'steps';
    } catch {
      problem.value = t('notWorked');
    } finally {
      busy.value = false;
    }
  }

  async function save() {
    problem.value = '';
    try {
      // No draft save may land after the entry: it would look unfinished again.
      await saver.cancel();
      const now = new Date().toISOString();
      const entry = entryFromDraft(draft.value, 'feeling', { id, now, existing: existing.value });
      await saveEntry(lock, entry, { draft: id });
      void reportUrgentCare(state, entry).then((sent) => (urgentCareSent.value = sent));
      existing.value = entry;
      phase.value = 'saved';
    } catch {
      saver.schedule(draft.value);
      problem.value = t('notSaved');
    }
  }

  if (phase.value === 'loading') return <p class={s.loading}>{t('opening')}</p>;
  if (phase.value === 'missing') {
    return (
      <div>
        <h1>{t('notFound')}</h1>
        <p>{t('maybeDeleted')}</p>
        <a href="/journal">{t('goJournal')}</a>
      </div>
    );
  }
  if (phase.value === 'list') {
    return (
      <>
        <ResumeList drafts={others.value} busy={busy.value} onStartAgain={() => void startNew()} />
        {problem.value && <ErrorMessage standalone>{problem.value}</ErrorMessage>}
      </>
    );
  }
  if (phase.value === 'choose') {
    return (
      <Resume
        updatedAt={stored.value?.updatedAt}
        carryOn={t('carryOn')}
        startAgain={t('goBackSaved')}
        startAgainHint={t('dropHint')}
        onCarryOn={carryOn}
        onStartAgain={() => void goBack()}
      />
    );
  }
  if (phase.value === 'saved') {
    return (
      <Saved urgentCareSent={urgentCareSent.value}>
        <p>
          <a href="/journal">{t('seeJournal')}</a>
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
