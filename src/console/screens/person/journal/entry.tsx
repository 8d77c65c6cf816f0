import type { ComponentChildren } from 'preact';
import { DID_INSTEAD_OPTIONS, strengthWords, WANTED_LABELS } from '#shared/journal';
import type { FeelingEntry, JournalEntry, UrgentCare } from '#shared/schemas/journal';
import styles from './style.module.css';

const DID_INSTEAD_LABELS = new Map(DID_INSTEAD_OPTIONS.map((o) => [o.key, o.label]));

/** Plain words for urgent care used, without judgement either way. */
export function urgentCareWords(care: UrgentCare): string {
  const used = [
    care.wentToAe ? 'went to A&E' : '',
    care.called999 ? 'called 999' : '',
    care.called111 ? 'called 111' : '',
  ].filter(Boolean);
  if (used.length === 0) return 'No urgent care used: no A&E, 999 or 111.';
  const last = used.pop();
  const list = used.length > 0 ? `${used.join(', ')} and ${last}` : last;
  return `They ${list}.`;
}

/** A 0 to 10 scale drawn as 10 boxes; the words beside it say the same for everyone. */
function Strength({ value }: { value: number }) {
  return (
    <span class={styles.strength}>
      <span class={styles.scale} aria-hidden="true">
        {Array.from({ length: 10 }, (_, i) => (
          <span key={i} class={i < value ? styles.filled : styles.empty} />
        ))}
      </span>
      <span>
        {value} out of 10: {strengthWords(value).toLowerCase()}
      </span>
    </span>
  );
}

function Row({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class={styles.row}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function wantedList(entry: FeelingEntry): string[] {
  return (entry.wanted ?? []).map((key) =>
    key === 'something-else' && entry.wantedOther
      ? `Something else: ${entry.wantedOther}`
      : WANTED_LABELS[key],
  );
}

function didInsteadList(entry: FeelingEntry): string[] {
  const list = (entry.didInstead ?? []).map((key) => DID_INSTEAD_LABELS.get(key) ?? key);
  if (entry.didInsteadOther) list.push(entry.didInsteadOther);
  return list;
}

function Feeling({ entry }: { entry: FeelingEntry }) {
  const wanted = wantedList(entry);
  const instead = didInsteadList(entry);
  const nothing =
    entry.strength === undefined &&
    !entry.feelings?.length &&
    !entry.happening &&
    wanted.length === 0 &&
    instead.length === 0 &&
    !entry.urgentCare;
  if (nothing) return <p>They shared this entry without filling anything in.</p>;
  return (
    <dl class={styles.fields}>
      {entry.strength !== undefined ? (
        <Row term="How strong the feeling was">
          <Strength value={entry.strength} />
        </Row>
      ) : null}
      {entry.feelings?.length ? (
        <Row term="Feelings">
          <ul class={styles.words}>
            {entry.feelings.map((word) => (
              <li key={word}>{word}</li>
            ))}
          </ul>
        </Row>
      ) : null}
      {entry.happening ? (
        <Row term="What was happening">
          <p class={styles.text}>{entry.happening}</p>
        </Row>
      ) : null}
      {wanted.length > 0 ? (
        <Row term="What they felt like doing">
          <ul class={styles.list}>
            {wanted.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Row>
      ) : null}
      {instead.length > 0 ? (
        <Row term="What they did instead">
          <ul class={styles.list}>
            {instead.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Row>
      ) : null}
      {entry.urgentCare ? <Row term="Urgent care">{urgentCareWords(entry.urgentCare)}</Row> : null}
    </dl>
  );
}

/** One journal entry, laid out to read at a glance. */
export function EntryBody({ entry }: { entry: JournalEntry }) {
  if (entry.kind === 'everyday') {
    return entry.everyday ? (
      <p class={styles.text}>{entry.everyday}</p>
    ) : (
      <p>They shared this entry without writing anything.</p>
    );
  }
  return <Feeling entry={entry} />;
}
