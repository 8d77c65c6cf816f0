export type CheckResult = 'ready' | 'latest' | 'offline' | 'unsupported';

/** What the screens may do about versions. Made once by `registerServiceWorker`
 * (src/app/wiring/service-worker.ts) and kept in the app state; only the type lives here. */
export interface Updater {
  /** The person agreed: let the waiting version take over, then reload once it has. */
  apply(): Promise<void>;
  /** Ask the server for a newer version now (Settings). */
  check(): Promise<CheckResult>;
}

/** The part of the app state that holds the updater (a signal, set once it has loaded). */
interface UpdaterSlot {
  value: Updater | null;
  subscribe(fn: (value: Updater | null) => void): () => void;
}

/**
 * The updater, waiting for it if it has not loaded yet: on a first visit the update check
 * loads only once the service worker has stored the app and the browser is idle, so a person
 * who asks in those first seconds is answered when it arrives, not told it cannot be done.
 * Null where there is no service worker, or when it never arrives within `waitMs`.
 */
export function updaterSoon(
  slot: UpdaterSlot,
  hasServiceWorker: boolean,
  waitMs: number,
): Promise<Updater | null> {
  if (slot.value) return Promise.resolve(slot.value);
  if (!hasServiceWorker) return Promise.resolve(null);
  return new Promise((resolve) => {
    // Both are set before either can fire: the signal is null now, and the timer waits.
    const done = (updater: Updater | null) => {
      clearTimeout(timer);
      stop();
      resolve(updater);
    };
    const timer = setTimeout(() => done(null), waitMs);
    const stop = slot.subscribe((updater) => {
      if (updater) done(updater);
    });
  });
}
