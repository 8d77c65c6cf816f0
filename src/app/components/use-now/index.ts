import { useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/**
 * The current time as a signal, refreshed at the start of every minute and whenever the app
 * comes back into view (timers sleep while a phone is locked).
 */
export function useNow(): Signal<Date> {
  const now = useSignal(new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      now.value = new Date();
      timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        clearTimeout(timer);
        tick();
      }
    };
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [now]);
  return now;
}
