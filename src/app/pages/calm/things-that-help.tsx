import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { PLAN_SECTIONS, type PlanSectionKey } from '#shared/schemas/plan';
import { useAppState } from '../../state';
import { loadPlans, planToShow } from '../../store/plan';
import { t } from './words';
import s from './style.module.css';

/** The parts of the crisis plan that say what helps. */
const HELPS: readonly PlanSectionKey[] = ['selfHelp', 'placesThatHelp'];

interface Read {
  lists: { title: string; items: readonly string[] }[];
}

/**
 * The person's own list of things that help, from their crisis plan. The plan is private: with
 * a lock set it is only read (and so only shown) when the app is unlocked.
 */
export function ThingsThatHelp() {
  const { lock } = useAppState();
  const ready = lock.ready.value;
  const locked = ready && lock.status.value === 'locked';
  const read = useSignal<Read | null>(null);

  useEffect(() => {
    if (!ready || locked) {
      read.value = null;
      return;
    }
    let live = true;
    void loadPlans(lock)
      .catch(() => ({ synced: null, own: null }))
      .then((plans) => {
        if (!live) return;
        const plan = planToShow(plans).plan;
        const lists = PLAN_SECTIONS.filter((p) => HELPS.includes(p.key))
          .map((p) => ({ title: p.title, items: plan?.sections[p.key] ?? [] }))
          .filter((l) => l.items.length > 0);
        read.value = { lists };
      });
    return () => {
      live = false;
    };
  }, [lock, ready, locked]);

  return (
    <section class={s.card} aria-labelledby="helps-title">
      <h2 id="helps-title">{t('helpsTitle')}</h2>
      {locked ? (
        <>
          <p>{t('hidden')}</p>
          <p>
            <a href="/plan">{t('unlock')}</a>
          </p>
        </>
      ) : !read.value ? (
        <p>{t('opening')}</p>
      ) : read.value.lists.length === 0 ? (
        <>
          <p>{t('noList')}</p>
          <p>
            <a href="/plan">{t('plan')}</a>
          </p>
        </>
      ) : (
        read.value.lists.map((list) => (
          <div key={list.title}>
            <h3 class={s.listTitle}>{list.title}</h3>
            <ul class={s.items}>
              {list.items.map((item, i) => (
                <li key={i} data-own-words>
                  {item}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
