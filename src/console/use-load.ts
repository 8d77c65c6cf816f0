import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from './api';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; failure: ApiFailure } | { state: 'ready'; data: T };

/**
 * Loads data for a screen; `reload` fetches again in the background. A 401 is handled by the
 * API client.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: unknown[],
): [Loaded<T>, () => void, (data: T) => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const lastRound = useRef(round);
  useEffect(() => {
    const controller = new AbortController();
    // A reload keeps showing what we have, so the screen (and its messages) stays put.
    const isReload = lastRound.current !== round;
    lastRound.current = round;
    setLoaded((previous) =>
      isReload && previous.state === 'ready' ? previous : { state: 'loading' },
    );
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ state: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof ApiFailure
            ? error
            : new ApiFailure(0, 'unknown', 'Something went wrong. Please try again.');
        setLoaded({ state: 'failed', failure });
      },
    );
    return () => controller.abort();
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const replace = useCallback((data: T) => setLoaded({ state: 'ready', data }), []);
  return [loaded, reload, replace];
}
