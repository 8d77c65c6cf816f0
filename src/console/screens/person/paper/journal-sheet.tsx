import {
  DID_INSTEAD_OPTIONS,
  FEELING_QUESTIONS,
  FEELING_WORDS,
  URGENT_CARE_CHOICES,
  WANTED_LABELS,
} from '#shared/journal';
import styles from './style.module.css';

function Question({ q }: { q: { question: string; paperHint: string } }) {
  return (
    <>
      <h3 class={styles.question}>{q.question}</h3>
      <p class={styles.hint}>{q.paperHint}</p>
    </>
  );
}

function Ticks({ labels }: { labels: readonly string[] }) {
  return (
    <ul class={styles.ticks}>
      {labels.map((label) => (
        <li key={label}>
          <span class={styles.box} aria-hidden="true" /> {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A paper page of the journal: the same questions, in the same order and words, as the app's
 * "How I'm feeling" (the hints say circle or tick instead of tap), to bring to the caseworker.
 */
export function JournalSheet({ caseworkerName }: { caseworkerName: string }) {
  const q = FEELING_QUESTIONS;
  return (
    <article class={styles.sheet} data-sheet="journal">
      <h2 class={styles.sheetTitle}>How I’m feeling</h2>
      <p class={styles.sheetLead}>
        Day and time: <span class={styles.blank} aria-hidden="true" />
      </p>
      <Question q={q.strength} />
      <p class={styles.scale}>
        {Array.from({ length: 11 }, (_, n) => (
          <span key={n} class={styles.circle}>
            {n}
          </span>
        ))}
      </p>
      <Question q={q.feelings} />
      <p class={styles.words}>
        {FEELING_WORDS.map((word) => (
          <span key={word}>{word}</span>
        ))}
      </p>
      <Question q={q.happening} />
      <div class={styles.writeLine} aria-hidden="true" />
      <div class={styles.writeLine} aria-hidden="true" />
      <div class={styles.writeLine} aria-hidden="true" />
      <Question q={q.wanted} />
      <Ticks labels={Object.values(WANTED_LABELS)} />
      <Question q={q.didInstead} />
      <Ticks labels={DID_INSTEAD_OPTIONS.map((o) => o.label)} />
      <div class={styles.writeLine} aria-hidden="true" />
      <Question q={q.urgentCare} />
      <Ticks labels={URGENT_CARE_CHOICES.map((c) => c.label)} />
      <p class={styles.printed}>
        Bring this to your next meeting with {caseworkerName}. In an emergency, call 999.
      </p>
    </article>
  );
}
