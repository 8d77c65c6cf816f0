import { NATIONAL_CONTACTS } from '#shared/guide';
import { pictureSrc } from '#shared/guide-links';
import { callWords, textWords } from '#shared/guide-words';
import { exceptionLines, weeklyLines } from '#shared/hours-words';
import type { GuideContact } from '#shared/schemas/guide';
import type { Hours } from '#shared/schemas/hours';
import { nhsDay } from '#shared/time-words';
import styles from './style.module.css';

export type GuideSheetProps = {
  personName: string;
  caseworkerName: string;
  local: GuideContact[];
  nhs111Wording: string | null;
  hours: Hours;
  printedAt: Date;
};

/** When a card is open, in the app's words; set hours also close on bank holidays there. */
function openLines(contact: GuideContact, printedAt: Date): string[] {
  if (contact.hours.kind === 'always') return ['Any day, any time'];
  return [...weeklyLines(contact.hours), ...exceptionLines(contact.hours, printedAt)];
}

/**
 * The picture guide on paper: every card of the person's Help now guide in the same order and
 * words as the app (999 first), each with its picture, numbers and opening times. It cannot
 * say what is open "now", so it says when each one is open, and the day it was printed.
 */
export function GuideSheet(props: GuideSheetProps) {
  const { local, nhs111Wording, printedAt } = props;
  const national = NATIONAL_CONTACTS.map((c) =>
    c.kind === 'nhs111' && nhs111Wording ? { ...c, whenToUse: nhs111Wording } : c,
  );
  const cards = [...national, ...local.filter((c) => c.kind !== 'emergency')];
  return (
    <article class={styles.sheet} data-sheet="guide">
      <h2 class={styles.sheetTitle}>Who to call: {props.personName}</h2>
      <p class={styles.sheetLead}>
        In an emergency, call 999. Places with set times are closed on bank holidays.
      </p>
      <ul class={styles.cards}>
        {cards.map((contact) => (
          <li
            key={contact.id}
            class={`${styles.card} ${contact.kind === 'emergency' ? styles.emergency : ''}`}
          >
            <img class={styles.picture} src={pictureSrc(contact)} alt="" width={96} height={96} />
            <div>
              <h3 class={styles.cardName}>{contact.name}</h3>
              <p class={styles.cardWhen}>{contact.whenToUse}</p>
              {contact.call && <p class={styles.number}>{callWords(contact.call)}</p>}
              {contact.text && <p class={styles.number}>{textWords(contact.text)}</p>}
              <p class={styles.openTitle}>When they are open</p>
              <ul class={styles.openLines}>
                {openLines(contact, printedAt).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
      <section class={styles.card}>
        <div>
          <h3 class={styles.cardName}>When you can contact {props.caseworkerName}</h3>
          <ul class={styles.openLines}>
            {[...weeklyLines(props.hours), ...exceptionLines(props.hours, printedAt)].map(
              (line) => (
                <li key={line}>{line}</li>
              ),
            )}
          </ul>
          <p>At other times, use the numbers above.</p>
        </div>
      </section>
      <p class={styles.printed}>
        Printed on {nhsDay(printedAt, printedAt)}. Times can change: ask {props.caseworkerName} for
        a new copy when they do.
      </p>
    </article>
  );
}
