import type { UnfinishedDraft } from '../../../../store/drafts';
import { entryFromDraft } from '../../../../store/draft-rules';
import { entrySummary } from '../../entry/details';
import { startedAt } from '../../days';
import s from './style.module.css';

/** Where a draft is carried on: its own editor, with the entry it changes if there is one. */
export function draftHref(draft: UnfinishedDraft): string {
  const id = encodeURIComponent(draft.id);
  return draft.kind === 'feeling'
    ? `/journal/feeling?draft=${id}`
    : `/journal/entry/new?draft=${id}`;
}

/** The first words of a draft, as the journal list shows an entry's. */
export function draftWords(draft: UnfinishedDraft): string {
  const now = draft.updatedAt;
  return entrySummary(entryFromDraft(draft.draft, draft.kind, { id: draft.id, now }));
}

function what(draft: UnfinishedDraft): string {
  if (draft.entry) return 'Changes to an entry';
  return draft.kind === 'feeling' ? 'How I was feeling' : 'Note';
}

/** Every unfinished draft, newest first: its first words and when, each one to carry on. */
export function UnfinishedList({ drafts }: { drafts: readonly UnfinishedDraft[] }) {
  return (
    <ul class={s.list}>
      {drafts.map((draft) => (
        <li key={draft.id}>
          <a href={draftHref(draft)} class={s.item}>
            <span class={s.meta}>
              {what(draft)} · last written {startedAt(draft.updatedAt)}
            </span>
            <span class={s.words}>{draftWords(draft)}</span>
            <span class={s.action}>
              Carry on<span class="visually-hidden"> writing this</span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
