import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { DAY_PART_TITLES, DAY_PARTS, dayPartAt } from '#shared/day-part';
import { londonDate } from '#shared/london';
import type { Routine } from '#shared/schemas/routine';
import { useAppState } from '../../state';
import { doneKey, loadRoutineDone, saveRoutineDone } from '../../store/routine-done';
import { useNow } from '../use-now';
import { catalogue } from '#shared/i18n';
import messages from './routine-card.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('routine-card', messages);

/**
 * The part of the daily routine for now (London: morning before 12pm, afternoon 12pm to 6pm,
 * evening from 6pm), with the rest of the day folded away. The person may tick things off;
 * the ticks stay on this phone for today only, and nothing is said about what is not ticked.
 */
export function RoutineCard({ routine }: { routine: Routine }) {
  const { lock } = useAppState();
  const now = useNow().value;
  const part = dayPartAt(now);
  const day = londonDate(now);
  const done = useSignal<readonly string[]>([]);
  const problem = useSignal('');

  useEffect(() => {
    let live = true;
    void loadRoutineDone(lock, day)
      .catch(() => [])
      .then((read) => {
        if (live) done.value = read;
      });
    return () => {
      live = false;
    };
  }, [lock, day]);

  async function toggle(key: string, on: boolean) {
    const next = on ? [...done.value, key] : done.value.filter((k) => k !== key);
    done.value = next;
    problem.value = '';
    try {
      await saveRoutineDone(lock, day, [...new Set(next)]);
    } catch {
      problem.value = t('notKept');
    }
  }

  const items = routine[part];
  const ticked = items.filter((item) => done.value.includes(doneKey(part, item))).length;
  return (
    <section class={s.card} aria-labelledby="routine-title" data-part={part}>
      <h2 id="routine-title" class={s.title}>
        {t(part)}
      </h2>
      {items.length === 0 ? (
        <p>{t('nothing')}</p>
      ) : (
        <>
          <p class={s.hint}>{t('hint')}</p>
          <ul class={s.items}>
            {items.map((item, i) => {
              const key = doneKey(part, item);
              const id = `routine-${part}-${i}`;
              return (
                <li key={key} class={s.item}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={done.value.includes(key)}
                    onChange={(e) => void toggle(key, e.currentTarget.checked)}
                  />
                  <label for={id} data-own-words>
                    {item}
                  </label>
                </li>
              );
            })}
          </ul>
          {ticked === items.length && <p class={s.well}>{t('wellDone')}</p>}
        </>
      )}
      {problem.value && <p class={s.problem}>{problem.value}</p>}
      <details class={s.day}>
        <summary>{t('wholeDay')}</summary>
        {DAY_PARTS.map((p) => (
          <div key={p}>
            <h3 class={s.partTitle}>
              {DAY_PART_TITLES[p]} <span class={s.span}>{t('span', { part: p })}</span>
            </h3>
            {routine[p].length === 0 ? (
              <p>{t('nothingPlanned')}</p>
            ) : (
              <ul class={s.list}>
                {routine[p].map((item, i) => (
                  <li key={i} data-own-words>
                    {item}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </details>
    </section>
  );
}
