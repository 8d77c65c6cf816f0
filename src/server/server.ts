import { checkLondonClockRule } from '#shared/london';
import { createApp, type App } from './app';
import type { AppDeps } from './deps';
import { releaseDueMessages } from './messages/release';
import { createRuntime, type Runtime } from './runtime';

/** The app with its background work: what `main.ts` serves and tests drive. */
export interface HiuServer {
  app: App;
  runtime: Runtime;
  /**
   * Do now what the timers do: deliver held messages that are due, then send every push and
   * every text that is due. Tests (and the e2e clock) call it after moving the clock.
   */
  tick(): Promise<void>;
  /** Start the timers: the release tick (RELEASE_INTERVAL_SECONDS), the push and text workers. */
  start(): void;
  /**
   * Stop the timers and end every event stream (graceful shutdown). The database, and a bus
   * passed in the deps, stay open: they are the caller's.
   */
  close(): Promise<void>;
}

export function createServer(deps: AppDeps): HiuServer {
  // Hours are worked out from London's clock-change rule; if this machine's time zone database
  // disagrees with it (the law changed), the database is used instead.
  if (!checkLondonClockRule(deps.clock())) {
    deps.logger.warn('the time zone database disagrees with the clock-change rule: using it');
  }
  const runtime = createRuntime(deps);
  const app = createApp(deps, runtime);
  let releaseTimer: ReturnType<typeof setInterval> | undefined;
  let releasing: Promise<number> | undefined;

  /** One release at a time per instance (instances between them are safe anyway). */
  const release = () => {
    releasing ??= releaseDueMessages(runtime).finally(() => {
      releasing = undefined;
    });
    return releasing;
  };

  const tick = async () => {
    await releasing;
    await release();
    await runtime.push.drain();
    await runtime.texts?.drain();
  };

  return {
    app,
    runtime,
    tick,
    start() {
      if (releaseTimer) return;
      releaseTimer = setInterval(() => {
        release().catch((err: unknown) =>
          deps.logger.warn({ err }, 'releasing held messages failed; will try again'),
        );
      }, deps.config.releaseIntervalMs);
      releaseTimer.unref();
      runtime.push.start();
      runtime.texts?.start();
      if (!runtime.texts) deps.logger.info('texts: off (GOV.UK Notify is not set up)');
      void release().catch((err: unknown) =>
        deps.logger.warn({ err }, 'releasing held messages failed; will try again'),
      );
    },
    async close() {
      if (releaseTimer) clearInterval(releaseTimer);
      releaseTimer = undefined;
      runtime.streams.closeAll();
      await releasing?.catch(() => undefined);
      await runtime.push.stop();
      await runtime.texts?.stop();
      await runtime.close();
    },
  };
}
