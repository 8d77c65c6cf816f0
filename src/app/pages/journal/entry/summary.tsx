import { feelingLabel, isOfferedFeeling, outOfTen } from '#shared/journal';
import type { JournalEntry } from '#shared/schemas/journal';
import { Fragment } from 'preact';
import { t } from '../words';

/**
 * A short line for lists: the first words, or the strength and feelings. The person's own words
 * (what they wrote, feeling words they added) are marked as theirs, to stay as written.
 */
export function EntrySummary({
  entry,
  class: className,
  as: Tag = 'span',
}: {
  entry: JournalEntry;
  class?: string;
  /** The element that holds the line: a span inside a link, a paragraph on its own. */
  as?: 'span' | 'p';
}) {
  if (entry.kind === 'everyday') {
    const words = entry.everyday.slice(0, 120);
    return words ? (
      <Tag class={className} data-own-words>
        {words}
      </Tag>
    ) : (
      <Tag class={className}>{t('emptyNote')}</Tag>
    );
  }
  const feelings = entry.feelings ?? [];
  const happening = entry.happening?.slice(0, 80) ?? '';
  const parts = [
    entry.strength !== undefined && <span key="strength">{outOfTen(entry.strength)}</span>,
    feelings.length > 0 && (
      <span key="feelings">
        {feelings.map((word, i) => (
          <Fragment key={i}>
            {i > 0 && ', '}
            {isOfferedFeeling(word) ? feelingLabel(word) : <span data-own-words>{word}</span>}
          </Fragment>
        ))}
      </span>
    ),
    happening && (
      <span key="happening" data-own-words>
        {happening}
      </span>
    ),
  ].filter(Boolean);
  if (parts.length === 0) return <Tag class={className}>{t('noAnswers')}</Tag>;
  return (
    <Tag class={className}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          {part}
        </Fragment>
      ))}
    </Tag>
  );
}
