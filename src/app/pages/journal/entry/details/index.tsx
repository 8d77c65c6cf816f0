import type { ComponentChild } from 'preact';
import {
  DID_INSTEAD_OPTIONS,
  feelingLabel,
  isOfferedFeeling,
  strengthOutOf,
  WANTED_LABELS,
} from '#shared/journal';
import type { JournalEntry, UrgentCare } from '#shared/schemas/journal';
import { t } from '../words';
import s from './style.module.css';

function urgentCareWords(care: UrgentCare): string {
  const used = [
    care.wentToAe && t('urgentAe'),
    care.called999 && t('urgent999'),
    care.called111 && t('urgent111'),
  ].filter((x): x is string => Boolean(x));
  return used.length > 0 ? used.join(' ') : t('urgentCareNone');
}

/** The person's own words, marked so they stay as written in any language. */
const own = (words: string) => <span data-own-words>{words}</span>;

/** Parts of a list, joined as the English joins them; each part is ours or the person's. */
function joined(parts: readonly ComponentChild[], by: string): ComponentChild[] {
  return parts.flatMap((part, i) => (i > 0 ? [by, part] : [part]));
}

/** Every answer of an entry, in plain words, as a description list. */
export function EntryDetails({ entry }: { entry: JournalEntry }) {
  if (entry.kind === 'everyday') {
    return entry.everyday ? (
      <p class={s.text} data-own-words>
        {entry.everyday}
      </p>
    ) : (
      <p class={s.text}>{t('emptyNote')}</p>
    );
  }
  const rows: [string, ComponentChild][] = [];
  if (entry.strength !== undefined) rows.push([t('howStrong'), strengthOutOf(entry.strength)]);
  if (entry.feelings?.length) {
    const words = entry.feelings.map((w) => (isOfferedFeeling(w) ? feelingLabel(w) : own(w)));
    rows.push([t('howFelt'), joined(words, ', ')]);
  }
  if (entry.happening) rows.push([t('happening'), own(entry.happening)]);
  const wanted: ComponentChild[] = (entry.wanted ?? []).map((w) =>
    w === 'something-else' && entry.wantedOther ? (
      <>
        {WANTED_LABELS[w]}: {own(entry.wantedOther)}
      </>
    ) : (
      WANTED_LABELS[w]
    ),
  );
  if (entry.wantedOther && !entry.wanted?.includes('something-else'))
    wanted.push(own(entry.wantedOther));
  if (wanted.length) rows.push([t('felt'), joined(wanted, '. ')]);
  const did: ComponentChild[] = (entry.didInstead ?? []).map((d) => {
    const offered = DID_INSTEAD_OPTIONS.find((o) => o.key === d);
    return offered ? offered.label : own(d);
  });
  if (entry.didInsteadOther) did.push(own(entry.didInsteadOther));
  if (did.length) rows.push([t('didInstead'), joined(did, '. ')]);
  if (entry.urgentCare) rows.push([t('urgentCare'), urgentCareWords(entry.urgentCare)]);
  if (rows.length === 0) return <p class={s.text}>{t('noAnswers')}</p>;
  return (
    <dl class={s.list}>
      {rows.map(([term, detail]) => (
        <div key={term} class={s.row}>
          <dt class={s.term}>{term}</dt>
          <dd class={s.detail}>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
