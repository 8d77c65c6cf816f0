import type { UnfinishedDraft } from '../../../../store/drafts';
import { entryFromDraft } from '../../../../store/draft-rules';
import { EntrySummary } from '../../entry/summary';
import { startedWhen } from '../../days';
import { rich } from '../../../../../ui/i18n/rich';
import { t } from '../../words';
import s from './style.module.css';

/** Where a draft is carried on: its own editor, with the entry it changes if there is one. */
export function draftHref(draft: UnfinishedDraft): string {
  const id = encodeURIComponent(draft.id);
  return draft.kind === 'feeling'
    ? `/journal/feeling?draft=${id}`
    : `/journal/entry/new?draft=${id}`;
}

/** The first words of a draft, as the journal list shows an entry's. */
export function DraftWords(props: { draft: UnfinishedDraft; class?: string; as?: 'span' | 'p' }) {
  const { draft } = props;
  const now = draft.updatedAt;
  const entry = entryFromDraft(draft.draft, draft.kind, { id: draft.id, now });
  return <EntrySummary entry={entry} class={props.class} as={props.as} />;
}

function what(draft: UnfinishedDraft): string {
  if (draft.entry) return 'change';
  return draft.kind === 'feeling' ? 'feeling' : 'note';
}

/** "Carry on" with, for screen readers, "writing this". */
export function carryOn() {
  return rich(t('carryOn'), {
    hidden: (words) => <span class="visually-hidden">{words}</span>,
  });
}

/** Every unfinished draft, newest first: its first words and when, each one to carry on. */
export function UnfinishedList({ drafts }: { drafts: readonly UnfinishedDraft[] }) {
  return (
    <ul class={s.list}>
      {drafts.map((draft) => (
        <li key={draft.id}>
          <a href={draftHref(draft)} class={s.item}>
            <span class={s.meta}>
              {t('draftMeta', { what: what(draft), ...startedWhen(draft.updatedAt) })}
            </span>
            <DraftWords draft={draft} class={s.words} />
            <span class={s.action}>{carryOn()}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
