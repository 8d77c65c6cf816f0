import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { PLAN_SECTIONS, type CrisisPlan } from '#shared/schemas/plan';
import { ReadAloud } from '../../components/read-aloud';
import { useAppState } from '../../state';
import { loadPlans, type PlansRead } from '../../store/plan';
import { PrivateNote } from '../journal/parts/private-note';
import { dayLabel, londonDay } from '../journal/days';
import { PlanEditor } from './editor';
import { RelapsePlan } from './relapse';
import { rich } from '../../../ui/i18n/rich';
import { t } from './words';
import s from './style.module.css';

function updated(plan: CrisisPlan): string {
  return t('updated', { day: dayLabel(londonDay(new Date(plan.updatedAt)), new Date()) });
}

/** The sections of a plan that have something written, in the shared order. */
export function PlanSections({ plan, level = 2 }: { plan: CrisisPlan; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const filled = PLAN_SECTIONS.filter((section) => (plan.sections[section.key] ?? []).length > 0);
  if (filled.length === 0) return <p>{t('empty')}</p>;
  return (
    <>
      {filled.map((section) => (
        <section key={section.key} class={s.section} aria-labelledby={`plan-${section.key}`}>
          <Heading id={`plan-${section.key}`} class={s.sectionTitle}>
            {section.title}
          </Heading>
          <ul class={s.items}>
            {(plan.sections[section.key] ?? []).map((item, i) => (
              <li key={i} data-own-words>
                {item}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * My plan: the caseworker's copy when the phone is linked (read-only), otherwise the plan the
 * person writes here. Kept on the phone, so it opens offline.
 */
export default function Plan() {
  const { lock, profile } = useAppState();
  const plans = useSignal<PlansRead | null>(null);
  const editing = useSignal(false);
  const page = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void loadPlans(lock).then((read) => {
      if (live) plans.value = read;
    });
    return () => {
      live = false;
    };
  }, [lock]);

  if (!plans.value) return <p>{t('opening')}</p>;
  const { synced, own } = plans.value;

  if (editing.value) {
    return (
      <PlanEditor
        plan={own}
        onDone={(saved) => {
          if (saved && plans.value) plans.value = { ...plans.value, own: saved };
          editing.value = false;
        }}
      />
    );
  }

  const caseworker = profile.value?.caseworker.name;
  return (
    <div class={s.page} ref={page}>
      <h1>{t('title')}</h1>
      <ReadAloud target={page} />
      <a href="/plan/professional" class={`btn btn-secondary btn-block ${s.professional}`}>
        {t('professional')}
      </a>
      {synced ? (
        <>
          <p class={s.lead}>
            {t('leadWith', { known: caseworker ? 'yes' : 'no', caseworker: caseworker ?? '' })}
          </p>
          <p class="hint">{t('syncedHint', { updated: updated(synced) })}</p>
          <PlanSections plan={synced} />
          {profile.value ? <RelapsePlan profile={profile.value} /> : null}
        </>
      ) : (
        <>
          <p class={s.lead}>{t('lead')}</p>
          {own ? (
            <>
              <p class="hint">{t('ownHint', { updated: updated(own) })}</p>
              <PlanSections plan={own} />
            </>
          ) : (
            <p>{t('none')}</p>
          )}
        </>
      )}
      {synced && own && (
        <details class={s.ownNotes}>
          <summary class={s.summary}>{t('ownNotes')}</summary>
          <PlanSections plan={own} level={3} />
        </details>
      )}
      {(!synced || own) && (
        <button
          type="button"
          class="btn btn-block btn-secondary"
          onClick={() => (editing.value = true)}
        >
          {own ? t('change') : t('write')}
        </button>
      )}
      <p class={s.hope}>{rich(t('hope'), { link: (words) => <a href="/hope">{words}</a> })}</p>
      <PrivateNote />
    </div>
  );
}
