export type CheckResult = 'ready' | 'latest' | 'offline' | 'unsupported';

/** What the screens may do about versions. Made once by `registerServiceWorker`
 * (src/app/wiring/service-worker.ts) and kept in the app state; only the type lives here. */
export interface Updater {
  /** The person agreed: let the waiting version take over, then reload once it has. */
  apply(): Promise<void>;
  /** Ask the server for a newer version now (Settings). */
  check(): Promise<CheckResult>;
}
