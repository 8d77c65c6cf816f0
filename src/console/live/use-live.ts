import { useEffect, useRef } from 'preact/hooks';
import type { LiveEvent } from '#shared/schemas/connect';
import { useConsole } from '../context';

/**
 * Runs `refresh` when a live event concerns `personId` (or anyone, when it is undefined), and
 * after a reconnection, when anything may have changed. `types` narrows which events count.
 */
export function useLiveRefresh(
  refresh: () => void,
  personId?: string,
  types?: readonly LiveEvent['type'][],
): void {
  const { live } = useConsole();
  const latest = useRef(refresh);
  latest.current = refresh;
  const typeKey = types?.join(',') ?? '';
  useEffect(
    () =>
      live.subscribe((event) => {
        if (event && personId !== undefined && event.personId !== personId) return;
        if (event && types && !types.includes(event.type)) return;
        latest.current();
      }),
    [live, personId, typeKey],
  );
}
