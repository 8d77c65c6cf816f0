import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '../../state';
import { BREATHE_IN_SECONDS, BREATHE_OUT_SECONDS, breathAt, ROUNDS } from './pace';
import { rich } from '../../../ui/i18n/rich';
import { t } from './words';
import s from './style.module.css';

/** A short, gentle buzz where the phone has one; nothing where it does not. */
function buzz() {
  if (typeof navigator.vibrate === 'function') navigator.vibrate(60);
}

const WORDS = { in: 'breatheIn', out: 'breatheOut' } as const;

/**
 * The paced breathing guide: a circle that slowly grows as you breathe in and shrinks as you
 * breathe out, with the words and the count beside it. With reduced motion (the phone's setting
 * or the app's) the circle stays still and only the words change. It sits in the page, never
 * over it, so Help now and 999 stay on screen.
 */
export function Breathing() {
  const { display } = useAppState();
  const still = display.value.reduceMotion;
  const started = useSignal<number | null>(null);
  const elapsed = useSignal(0);
  const vibrate = useSignal(false);
  const canVibrate = typeof navigator.vibrate === 'function';
  const moment = breathAt(elapsed.value);
  const running = started.value !== null && !moment.done;

  useEffect(() => {
    if (started.value === null) return;
    const begin = started.value;
    const timer = setInterval(() => {
      const next = Math.floor((Date.now() - begin) / 1000);
      if (next === elapsed.value) return;
      const before = breathAt(elapsed.value);
      elapsed.value = next;
      const after = breathAt(next);
      if (vibrate.value && !after.done && after.phase !== before.phase) buzz();
      if (after.done) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [started.value]);

  function start() {
    elapsed.value = 0;
    started.value = Date.now();
    if (vibrate.value) buzz();
  }

  function stop() {
    started.value = null;
    elapsed.value = 0;
  }

  const phaseClass = !running || still ? s.rest : moment.phase === 'in' ? s.grow : s.shrink;
  const length = moment.phase === 'in' ? BREATHE_IN_SECONDS : BREATHE_OUT_SECONDS;

  return (
    <section class={s.card} aria-labelledby="breathe-title">
      <h2 id="breathe-title">{t('breatheTitle')}</h2>
      <p>{t('breatheLead', { in: BREATHE_IN_SECONDS, out: BREATHE_OUT_SECONDS })}</p>
      <div class={s.breath}>
        <div
          class={`${s.circle} ${phaseClass}`}
          style={running && !still ? { transitionDuration: `${length}s` } : undefined}
          data-testid="breath-circle"
          aria-hidden="true"
        />
        <div class={s.words}>
          <p class={s.phase} aria-live="polite">
            {running ? t(WORDS[moment.phase]) : moment.done ? t('wellDone') : t('ready')}
          </p>
          {running && (
            <p class={s.count}>
              {rich(
                t('count', {
                  second: moment.second,
                  length,
                  round: moment.round,
                  rounds: ROUNDS,
                }),
                { hidden: (words) => <span class="visually-hidden">{words}</span> },
              )}
            </p>
          )}
          {moment.done && started.value !== null && <p class={s.count}>{t('noticeNow')}</p>}
        </div>
      </div>
      {running ? (
        <button type="button" class="btn btn-secondary btn-block" onClick={stop}>
          {t('stop')}
        </button>
      ) : (
        <button type="button" class="btn btn-block btn-main" onClick={start}>
          {moment.done && started.value !== null ? t('goAgain') : t('startBreathing')}
        </button>
      )}
      {canVibrate && (
        <div class={s.option}>
          <input
            id="breathe-buzz"
            type="checkbox"
            checked={vibrate.value}
            onChange={(e) => (vibrate.value = e.currentTarget.checked)}
          />
          <label for="breathe-buzz">{t('buzz')}</label>
        </div>
      )}
    </section>
  );
}
