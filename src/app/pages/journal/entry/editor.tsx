import { useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { JournalDraft, JournalEntry } from '#shared/schemas/journal';
import { useAppState } from '../../../state';
import { draftFromEntry, entryFromDraft, offerResume } from '../../../store/draft-rules';
import { clearDraft, listDrafts, loadDraft, type UnfinishedDraft } from '../../../store/drafts';
import { getEntry, saveEntry } from '../../../store/entries';
import { useDraftSaver } from '../../../store/use-draft';
import { PrivateNote } from '../parts/private-note';
import { keepNewDrafts } from '../keep-drafts';
import { Resume, ResumeList } from '../parts/resume';
import { Saved } from '../parts/saved';
import { t } from './words';
import s from './style.module.css';
import { ErrorMessage } from '../../../../ui/error-message';

interface Props {
  /** The entry to change; none for a new one. */
  entry?: JournalEntry;
  /** Carry on the draft of this entry id ("Carry on where you left off"). */
  draftId?: string;
  onDone?: (entry: JournalEntry) => void;
}

const blank = (): JournalDraft => ({ step: 0, kind: 'everyday', everyday: '' });

/** Write (or change) an everyday entry. The words are saved as a draft while typing. */
export function EverydayEditor({ entry, draftId, onDone }: Props) {
  const state = useAppState();
  const { lock } = state;
  // The id the entry will have, made when the editor opens: its draft is kept under it.
  const [id, setId] = useState(() => entry?.id ?? draftId ?? crypto.randomUUID());
  const saver = useDraftSaver(lock, id);
  const phase = useSignal<'loading' | 'choose' | 'list' | 'write' | 'saved'>('loading');
  const draft = useSignal<JournalDraft>(blank());
  const stored = useSignal<JournalDraft | null>(null);
  /** The saved entry this changes: the one given, or the one a carried-on draft changes. */
  const existing = useSignal<JournalEntry | null>(entry ?? null);
  const others = useSignal<UnfinishedDraft[]>([]);
  const busy = useSignal(false);
  const problem = useSignal('');

  useEffect(() => {
    let live = true;
    async function load() {
      if (entry || draftId) {
        const [saved, found] = await Promise.all([
          loadDraft(lock, id),
          entry ? entry : getEntry(lock, id),
        ]);
        if (!live) return;
        existing.value = found;
        stored.value = saved;
        if (entry && offerResume(saved, entry)) {
          phase.value = 'choose';
          return;
        }
        const carried = draftId && offerResume(saved, found) ? saved : null;
        draft.value = carried ?? (found ? draftFromEntry(found) : blank());
      } else {
        const unfinished = await listDrafts(lock);
        if (!live) return;
        others.value = unfinished;
        if (unfinished.length > 0) {
          phase.value = 'list';
          return;
        }
      }
      phase.value = 'write';
    }
    void load();
    return () => {
      live = false;
    };
  }, [lock]);

  function type(text: string) {
    draft.value = {
      ...draft.value,
      kind: 'everyday',
      everyday: text,
      updatedAt: new Date().toISOString(),
    };
    saver.schedule(draft.value);
  }

  async function goBack() {
    await clearDraft(lock, id);
    draft.value = entry ? draftFromEntry(entry) : blank();
    phase.value = 'write';
  }

  async function startNew() {
    busy.value = true;
    try {
      await keepNewDrafts(state, others.value);
      setId(crypto.randomUUID());
      draft.value = blank();
      phase.value = 'write';
    } catch {
      problem.value = t('notWorked');
    } finally {
      busy.value = false;
    }
  }

  async function save(event: Event) {
    event.preventDefault();
    problem.value = '';
    if (!draft.value.everyday?.trim()) {
      problem.value = t('writeFirst');
      return;
    }
    try {
      // No draft save may land after the entry: it would look unfinished again.
      await saver.cancel();
      const saved = entryFromDraft(draft.value, 'everyday', {
        id,
        now: new Date().toISOString(),
        existing: existing.value,
      });
      await saveEntry(lock, saved, { draft: id });
      if (onDone) onDone(saved);
      else phase.value = 'saved';
    } catch {
      saver.schedule(draft.value);
      problem.value = t('notSaved');
    }
  }

  if (phase.value === 'loading') return <p>{t('opening')}</p>;
  if (phase.value === 'saved') {
    return (
      <Saved>
        <p>
          <a href="/journal">{t('seeJournal')}</a>
        </p>
      </Saved>
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
        onCarryOn={() => {
          draft.value = stored.value ?? draft.value;
          phase.value = 'write';
        }}
        onStartAgain={() => void goBack()}
      />
    );
  }
  return (
    <form class={s.editor} onSubmit={save} noValidate>
      {!entry && (
        <a href="/journal" class={s.back}>
          <span aria-hidden="true">‹ </span>
          {t('back')}
        </a>
      )}
      <h1 class={s.heading}>
        <label for="everyday-text">{existing.value ? t('changeHeading') : t('writeHeading')}</label>
      </h1>
      <p id="everyday-hint" class="hint">
        {t('hint')}
      </p>
      <div class={problem.value ? 'error-group' : undefined}>
        {problem.value && (
          <ErrorMessage id="everyday-problem" alert>
            {problem.value}
          </ErrorMessage>
        )}
        <textarea
          id="everyday-text"
          class={s.textarea}
          rows={10}
          maxLength={4000}
          aria-describedby={problem.value ? 'everyday-hint everyday-problem' : 'everyday-hint'}
          aria-invalid={problem.value ? true : undefined}
          value={draft.value.everyday ?? ''}
          onInput={(e) => type(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn btn-block btn-main">
        {t('save')}
      </button>
      <p class="hint">{t('autosave')}</p>
      <PrivateNote />
    </form>
  );
}
