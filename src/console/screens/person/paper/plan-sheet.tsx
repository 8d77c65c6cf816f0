import { PLAN_SECTIONS, type CrisisPlan } from '#shared/schemas/plan';
import { nhsDay } from '#shared/time-words';
import styles from './style.module.css';

/** The crisis plan on paper: the app's sections and words, with room to write more. */
export function PlanSheet({
  personName,
  plan,
  printedAt,
}: {
  personName: string;
  plan: CrisisPlan;
  printedAt: Date;
}) {
  return (
    <article class={styles.sheet} data-sheet="plan">
      <h2 class={styles.sheetTitle}>My crisis plan: {personName}</h2>
      <p class={styles.sheetLead}>In an emergency, call 999.</p>
      {PLAN_SECTIONS.map((section) => {
        const items = plan.sections[section.key] ?? [];
        return (
          <section key={section.key} class={styles.planSection}>
            <h3 class={styles.planTitle}>{section.title}</h3>
            {items.length > 0 ? (
              <ul class={styles.planItems}>
                {items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            ) : (
              <p class={styles.hint}>{section.hint}</p>
            )}
            <div class={styles.writeLine} aria-hidden="true" />
          </section>
        );
      })}
      <p class={styles.printed}>
        Last changed on {nhsDay(new Date(plan.updatedAt), printedAt)}. Printed on{' '}
        {nhsDay(printedAt, printedAt)}.
      </p>
    </article>
  );
}
