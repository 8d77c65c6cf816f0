import { defaultComeBack } from '#shared/reviews';
import type { DeviceProfile } from '#shared/schemas/api';
import { firstName } from '../../store/profile-fields';
import { t } from './words';
import s from './style.module.css';

const PARTS = ['signs', 'whatToDo', 'comeBack'] as const;

/**
 * "If things get hard again": the relapse plan agreed when support stepped back, kept on the
 * phone beside the crisis plan. However it was written, it always says how to come back.
 */
export function RelapsePlan({ profile }: { profile: DeviceProfile }) {
  const plan = profile.relapsePlan ?? null;
  const steppedBack = profile.support?.status === 'stepped-back';
  if (!plan && !steppedBack) return null;
  // With no words of the team's on coming back, ours say how (never no way back).
  const ours = !plan || plan.comeBack.length === 0;
  const lines = {
    signs: plan?.signs ?? [],
    whatToDo: plan?.whatToDo ?? [],
    comeBack: ours ? [defaultComeBack(firstName(profile.caseworker.name))] : plan.comeBack,
  };
  return (
    <section class={s.relapse} aria-labelledby="relapse-title" data-testid="relapse-plan">
      <h2 id="relapse-title">{t('relapseTitle')}</h2>
      <p>{t('relapseLead')}</p>
      {PARTS.map((key) =>
        lines[key].length > 0 ? (
          <section key={key} class={s.section} aria-labelledby={`relapse-${key}`}>
            <h3 id={`relapse-${key}`} class={s.relapseTitle}>
              {t(key)}
            </h3>
            <ul class={s.items}>
              {lines[key].map((line, i) => (
                <li key={i} data-own-words={key !== 'comeBack' || !ours || undefined}>
                  {line}
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </section>
  );
}
