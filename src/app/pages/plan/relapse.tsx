import { defaultComeBack } from '#shared/reviews';
import type { DeviceProfile } from '#shared/schemas/api';
import { firstName } from '../../store/profile-fields';
import s from './style.module.css';

const PARTS = [
  ['signs', 'Signs to watch for'],
  ['whatToDo', 'What to do'],
  ['comeBack', 'How to come back to the team'],
] as const;

/**
 * "If things get hard again": the relapse plan agreed when support stepped back, kept on the
 * phone beside the crisis plan. However it was written, it always says how to come back.
 */
export function RelapsePlan({ profile }: { profile: DeviceProfile }) {
  const plan = profile.relapsePlan ?? null;
  const steppedBack = profile.support?.status === 'stepped-back';
  if (!plan && !steppedBack) return null;
  const comeBack = [defaultComeBack(firstName(profile.caseworker.name))];
  const lines = {
    signs: plan?.signs ?? [],
    whatToDo: plan?.whatToDo ?? [],
    comeBack: plan && plan.comeBack.length > 0 ? plan.comeBack : comeBack,
  };
  return (
    <section class={s.relapse} aria-labelledby="relapse-title" data-testid="relapse-plan">
      <h2 id="relapse-title">If things get hard again</h2>
      <p>You agreed this with your team when your support stepped back.</p>
      {PARTS.map(([key, title]) =>
        lines[key].length > 0 ? (
          <section key={key} class={s.section} aria-labelledby={`relapse-${key}`}>
            <h3 id={`relapse-${key}`} class={s.relapseTitle}>
              {title}
            </h3>
            <ul class={s.items}>
              {lines[key].map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </section>
  );
}
