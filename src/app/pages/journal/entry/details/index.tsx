import { DID_INSTEAD_OPTIONS, strengthWords, WANTED_LABELS } from '#shared/journal';
import type { JournalEntry, UrgentCare } from '#shared/schemas/journal';
import s from './style.module.css';

const didLabel = new Map(DID_INSTEAD_OPTIONS.map((o) => [o.key, o.label]));

function urgentCareWords(care: UrgentCare): string {
  const used = [
    care.wentToAe && 'I went to A&E',
    care.called999 && 'I called 999',
    care.called111 && 'I called 111',
  ].filter((x): x is string => Boolean(x));
  return used.length > 0 ? used.join('. ') + '.' : 'None of these.';
}

/** A short line for lists: the first words, or the strength and feelings. */
export function entrySummary(entry: JournalEntry): string {
  if (entry.kind === 'everyday') return entry.everyday.slice(0, 120) || 'An empty note';
  const parts = [
    entry.strength !== undefined ? `${entry.strength} out of 10` : '',
    (entry.feelings ?? []).join(', '),
    entry.happening?.slice(0, 80) ?? '',
  ].filter(Boolean);
  return parts.join(' · ') || 'No answers written';
}

/** Every answer of an entry, in plain words, as a description list. */
export function EntryDetails({ entry }: { entry: JournalEntry }) {
  if (entry.kind === 'everyday') {
    return <p class={s.text}>{entry.everyday || 'This note is empty.'}</p>;
  }
  const rows: [string, string][] = [];
  if (entry.strength !== undefined) {
    rows.push([
      'How strong',
      `${entry.strength} out of 10: ${strengthWords(entry.strength).toLowerCase()}`,
    ]);
  }
  if (entry.feelings?.length) rows.push(['How I felt', entry.feelings.join(', ')]);
  if (entry.happening) rows.push(["What's happening", entry.happening]);
  const wanted = (entry.wanted ?? []).map((w) =>
    w === 'something-else' && entry.wantedOther
      ? `${WANTED_LABELS[w]}: ${entry.wantedOther}`
      : WANTED_LABELS[w],
  );
  if (entry.wantedOther && !entry.wanted?.includes('something-else'))
    wanted.push(entry.wantedOther);
  if (wanted.length) rows.push(['What I felt like doing', wanted.join('. ')]);
  const did = (entry.didInstead ?? []).map((d) => didLabel.get(d) ?? d);
  if (entry.didInsteadOther) did.push(entry.didInsteadOther);
  if (did.length) rows.push(['What I did instead', did.join('. ')]);
  if (entry.urgentCare) rows.push(['A&E, 999 or 111', urgentCareWords(entry.urgentCare)]);
  if (rows.length === 0) return <p class={s.text}>No answers were written. That is fine.</p>;
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
