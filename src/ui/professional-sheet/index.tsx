import { telHref } from '#shared/guide-links';
import { callWords } from '#shared/guide-words';
import type { CaseworkerContact, ProfessionalSection } from '#shared/professional';
import { nhsDay } from '#shared/time-words';
import { catalogue } from '#shared/i18n';
import messages from './professional-sheet.messages.json' with { type: 'json' };
import { rich } from '../i18n/rich';
import s from './style.module.css';

const t = catalogue('professional-sheet', messages);

interface Props {
  /** Left out when the person chose not to show it. */
  personName: string | null;
  caseworker: CaseworkerContact | null;
  sections: readonly ProfessionalSection[];
  /** When the plan last changed (null: no plan yet). */
  updatedAt: string | null;
  /** Paper says the day it was printed. */
  printedAt?: Date;
  /** The phone's view is its screen's heading; the console's preview sits under its own. */
  heading?: 'h1' | 'h2';
}

/**
 * The crisis plan for a professional: large on the phone, one A4 page on paper. Out of hours
 * first, then the person's name and how to reach their caseworker, then the rest of the plan.
 * Used by the app's "Show to a professional" and the console's print alike.
 */
export function ProfessionalSheet(props: Props) {
  const { personName, caseworker, sections, updatedAt, printedAt, heading = 'h1' } = props;
  const Title = heading;
  const Sub = heading === 'h1' ? 'h2' : 'h3';
  const [first, ...rest] = sections;
  const now = printedAt ?? new Date();
  return (
    <article class={s.sheet} data-sheet="professional">
      <Title class={s.title}>
        {personName ? t('titleNamed', { name: personName }) : t('title')}
      </Title>
      <p class={s.lead}>{t('lead')}</p>
      {first && <Section section={first} Heading={Sub} main />}
      {personName && (
        <p class={s.fact}>
          {rich(t('name', { name: personName }), {
            label: (words) => <span class={s.factName}>{words}</span>,
          })}
        </p>
      )}
      {caseworker && (
        <section class={s.contact} aria-labelledby="professional-caseworker">
          <Sub id="professional-caseworker" class={s.sectionTitle}>
            {t('caseworker')}
          </Sub>
          <p class={s.contactName}>
            {caseworker.service
              ? t('caseworkerAt', { name: caseworker.name, service: caseworker.service })
              : caseworker.name}
          </p>
          {caseworker.call ? (
            <p class={s.number}>
              <a href={telHref(caseworker.call)}>{callWords(caseworker.call)}</a>
            </p>
          ) : (
            <p>{t('noNumber')}</p>
          )}
          {caseworker.when.length > 0 && (
            <ul class={s.when} aria-label={t('whenLabel')}>
              {caseworker.when.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <p class={s.small}>{t('notEmergency')}</p>
        </section>
      )}
      <div class={s.rest}>
        {rest.map((section) => (
          <Section key={section.key} section={section} Heading={Sub} />
        ))}
      </div>
      <p class={s.small}>
        {updatedAt ? t('changed', { day: nhsDay(new Date(updatedAt), now) }) : t('noPlan')}
        {printedAt ? ` ${t('printed', { day: nhsDay(printedAt, printedAt) })}` : ''}
      </p>
    </article>
  );
}

function Section({
  section,
  Heading,
  main = false,
}: {
  section: ProfessionalSection;
  Heading: 'h2' | 'h3';
  main?: boolean;
}) {
  const id = `professional-${section.key}`;
  return (
    <section class={main ? `${s.section} ${s.main}` : s.section} aria-labelledby={id}>
      <Heading id={id} class={s.sectionTitle}>
        {section.title}
      </Heading>
      {section.items.length > 0 ? (
        <ul class={s.items}>
          {section.items.map((item, i) => (
            <li key={i} data-own-words>
              {item}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('nothing')}</p>
      )}
    </section>
  );
}
