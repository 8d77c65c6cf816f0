import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { JournalDraft, JournalEntry } from '#shared/schemas/journal';
import { useAppState } from '../../state';
import { draftFromEntry, entryFromDraft, hasContent, offerResume } from '../../store/draft-rules';
import { clearDraft, loadDraft, type DraftSlot } from '../../store/drafts';
import { saveEntry } from '../../store/entries';
import { useDraftSaver } from '../../store/use-draft';
import { PrivateNote } from '../journal/parts/private-note';
import { Resume } from '../journal/parts/resume';
import { Saved } from '../journal/parts/saved';
import s from './style.module.css';

interface Props {
  /** The entry to change; none for a new one. */
  entry?: JournalEntry;
  onDone?: (entry: JournalEntry) => void;
}

/** Write (or change) an everyday entry. The words are saved as a draft while typing. */
export function EverydayEditor({ entry, onDone }: Props) {
  const { lock } = useAppState();
  const slot: DraftSlot = entry ? `edit-${entry.id}` : 'new-everyday';
  const saver = useDraftSaver(lock, slot);
  const phase = useSignal<'loading' | 'choose' | 'write' | 'saved'>('loading');
  const draft = useSignal<JournalDraft>({ step: 0, kind: 'everyday', everyday: '' });
  const stored = useSignal<JournalDraft | null>(null);
  const problem = useSignal('');

  useEffect(() => {
    let live = true;
    void loadDraft(lock, slot).then((saved) => {
      if (!live) return;
      stored.value = saved;
      if (entry ? offerResume(saved, entry) : hasContent(saved)) phase.value = 'choose';
      else {
        draft.value = entry ? draftFromEntry(entry) : { step: 0, kind: 'everyday', everyday: '' };
        phase.value = 'write';
      }
    });
    return () => {
      live = false;
    };
  }, [lock, slot]);

  function type(text: string) {
    draft.value = {
      ...draft.value,
      kind: 'everyday',
      everyday: text,
      updatedAt: new Date().toISOString(),
    };
    saver.schedule(draft.value);
  }

  async function startAgain() {
    const earlier = stored.value;
    if (!entry && earlier && hasContent(earlier)) {
      const now = earlier.updatedAt ?? new Date().toISOString();
      await saveEntry(lock, entryFromDraft(earlier, 'everyday', { id: crypto.randomUUID(), now }));
    }
    await clearDraft(lock, slot);
    draft.value = entry ? draftFromEntry(entry) : { step: 0, kind: 'everyday', everyday: '' };
    phase.value = 'write';
  }

  async function save(event: Event) {
    event.preventDefault();
    problem.value = '';
    if (!draft.value.everyday?.trim()) {
      problem.value = 'Write something first, then press Save.';
      return;
    }
    try {
      await saver.flush();
      const saved = entryFromDraft(draft.value, 'everyday', {
        id: crypto.randomUUID(),
        now: new Date().toISOString(),
        existing: entry,
      });
      await saveEntry(lock, saved);
      await saver.cancel();
      await clearDraft(lock, slot);
      if (onDone) onDone(saved);
      else phase.value = 'saved';
    } catch {
      problem.value = 'Sorry, that did not save. Your words are still here. Please try again.';
    }
  }

  if (phase.value === 'loading') return <p>Opening…</p>;
  if (phase.value === 'saved') {
    return (
      <Saved>
        <p>
          <a href="/journal">See my journal</a>
        </p>
      </Saved>
    );
  }
  if (phase.value === 'choose') {
    return (
      <Resume
        updatedAt={stored.value?.updatedAt}
        carryOn="Carry on where you left off"
        startAgain={entry ? 'Go back to what I saved' : 'Start a new one'}
        startAgainHint={
          entry
            ? 'The changes you did not save will be dropped.'
            : 'What you wrote before is kept in your journal.'
        }
        onCarryOn={() => {
          draft.value = stored.value ?? draft.value;
          phase.value = 'write';
        }}
        onStartAgain={() => void startAgain()}
      />
    );
  }
  return (
    <form class={s.editor} onSubmit={save} noValidate>
      {!entry && (
        <a href="/journal" class={s.back}>
          <span aria-hidden="true">‹ </span>Back to my journal
        </a>
      )}
      <h1 class={s.heading}>
        <label for="everyday-text">{entry ? 'Change what you wrote' : 'Write in my journal'}</label>
      </h1>
      <p id="everyday-hint" class="hint">
        Anything you like: your day, a worry, something good.
      </p>
      <textarea
        id="everyday-text"
        class={s.textarea}
        rows={10}
        maxLength={4000}
        aria-describedby="everyday-hint"
        value={draft.value.everyday ?? ''}
        onInput={(e) => type(e.currentTarget.value)}
      />
      {problem.value && (
        <p class={s.problem} role="alert">
          {problem.value}
        </p>
      )}
      <button type="submit" class="btn btn-block btn-main">
        Save
      </button>
      <p class="hint">Your words are saved on this phone as you go.</p>
      <PrivateNote />
    </form>
  );
}
