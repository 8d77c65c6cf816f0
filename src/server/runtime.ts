import { londonDate } from '#shared/london';
import type { LiveEvent } from '#shared/schemas/connect';
import { AuditLog } from './audit/audit';
import { DeviceTokenCache } from './auth/device-cache';
import { SessionCache } from './auth/session-cache';
import { coverOf } from './db/tables/leave.table';
import { findPersonCaseworkerId } from './db/tables/people.table';
import type { AppDeps } from './deps';
import { createLocalBus, type BusMessage, type LiveBus } from './live/bus';
import { LiveStreams } from './live/streams';
import { RequestLimiter } from './limits/request-limits';
import { CaseloadCache } from './people/caseload-cache';
import { ProfileCache } from './people/profile-cache';
import { guardedTransport } from './push/public-transport';
import { ensureVapidKeys, type VapidKeys } from './push/vapid';
import { PushWorker } from './push/worker';
import { notifySender } from './texts/notify';
import { TextWorker } from './texts/worker';

/**
 * What the routes share beyond the deps: the live-event bus and this instance's event streams,
 * the push queue's worker, the profile cache and the VAPID keys. Made once per app instance.
 */
export interface Runtime extends AppDeps {
  live: LiveBus;
  streams: LiveStreams;
  push: PushWorker;
  /** The text queue's worker; undefined when texts are off (no GOV.UK Notify set up). */
  texts: TextWorker | undefined;
  profiles: ProfileCache;
  vapid: () => Promise<VapidKeys>;
  /** This instance's fair shares per phone and per staff session (limits/request-limits.ts). */
  limiter: RequestLimiter;
  /** Token checks that need no query (kept right through the bus; see DeviceTokenCache). */
  deviceCache: DeviceTokenCache;
  /** Audit lines of reads, written off the read's answer (flushed on close and before audit reads). */
  auditLog: AuditLog;
  /** Console session checks that need no query (kept right through the bus; see SessionCache). */
  sessionCache: SessionCache;
  /** Caseload reads that need no query (kept right through the bus; see CaseloadCache). */
  caseloadCache: CaseloadCache;
  /**
   * Tell every instance that what the service's caseloads show changed without a live event
   * (a new person, leave and cover), after it has committed: here at once, elsewhere by the bus.
   */
  caseloadChanged: (serviceId: string) => Promise<void>;
  /** Tell consoles about something that happened to a person (after it has committed). */
  publishLive: (event: LiveNews) => Promise<void>;
  /**
   * The same, for something the person's phone did: their caseworker is looked up (the lead
   * hears of everything anyway).
   */
  publishAboutPerson: (
    type: LiveEvent['type'],
    who: { serviceId: string; personId: string },
    quiet: boolean,
  ) => Promise<void>;
  /** Tell every instance that these people's profiles changed (after it has committed). */
  profilesChanged: (personIds: string[]) => Promise<void>;
  /** Tell every instance that a phone was unlinked (after it has committed). */
  deviceRevoked: (deviceId: string) => Promise<void>;
  /**
   * Tell every instance that sessions ended (sign-out, password change) or that a caseworker's
   * row changed (after it has committed): cached session checks go here at once, elsewhere
   * through the bus, and the ended sessions' event streams close.
   */
  staffChanged: (
    message: Extract<BusMessage, { kind: 'sessions-ended' | 'caseworker-changed' }>,
  ) => Promise<void>;
  /** Stop listening; closes the bus too if the runtime made it (one passed in is the caller's). */
  close: () => Promise<void>;
}

export interface LiveNews {
  type: LiveEvent['type'];
  serviceId: string;
  personId: string;
  caseworkerIds: string[];
  quiet: boolean;
}

export function createRuntime(deps: AppDeps): Runtime {
  const live = deps.live ?? createLocalBus();
  let keys: Promise<VapidKeys> | undefined;
  const vapid = () => {
    keys ??= ensureVapidKeys(deps.db, deps.config, deps.clock()).catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };
  const push = new PushWorker(
    {
      db: deps.db,
      clock: deps.clock,
      logger: deps.logger,
      transport:
        deps.pushTransport ?? guardedTransport({ allowLoopback: deps.config.pushAllowLoopback }),
      vapid,
    },
    { pollMs: deps.config.pushPollMs },
  );
  const textsConfig = deps.config.texts;
  const texts = textsConfig
    ? new TextWorker({
        db: deps.db,
        clock: deps.clock,
        logger: deps.logger,
        config: textsConfig,
        send: notifySender(textsConfig),
      })
    : undefined;
  const streams = new LiveStreams({
    db: deps.db,
    live,
    clock: deps.clock,
    logger: deps.logger,
  });
  const caseloadCache = new CaseloadCache();
  const publishLive = async (event: LiveNews) => {
    // This instance's next read must see the write; the others drop theirs when they hear.
    caseloadCache.serviceChanged(event.serviceId);
    try {
      // Whoever covers the person today while their caseworker is on leave hears of it too.
      const now = deps.clock();
      const cover = await coverOf(deps.db, event.serviceId, event.personId, londonDate(now));
      const caseworkerIds =
        cover && !event.caseworkerIds.includes(cover)
          ? [...event.caseworkerIds, cover]
          : event.caseworkerIds;
      await live.publish({ kind: 'live', ...event, caseworkerIds, at: now.toISOString() });
    } catch (err) {
      // The write has committed; a console that misses this sees it on its next load.
      deps.logger.warn({ err }, 'live events: publishing failed');
    }
  };
  const publishAboutPerson: Runtime['publishAboutPerson'] = async (type, who, quiet) => {
    const caseworkerId = await findPersonCaseworkerId(deps.db, who.serviceId, who.personId);
    // Ids only, named one by one: `who` may be a bigger object (a device, a pairing result).
    const { serviceId, personId } = who;
    const caseworkerIds = caseworkerId ? [caseworkerId] : [];
    await publishLive({ type, serviceId, personId, caseworkerIds, quiet });
  };
  const auditLog = new AuditLog(deps.db, deps.logger);
  const deviceCache = new DeviceTokenCache();
  const sessionCache = new SessionCache();
  const unsubscribe = live.subscribe((message) => {
    deviceCache.onMessage(message);
    sessionCache.onMessage(message);
    caseloadCache.onMessage(message);
  });
  const caseloadChanged = async (serviceId: string) => {
    caseloadCache.serviceChanged(serviceId);
    try {
      await live.publish({ kind: 'caseload-changed', serviceId });
    } catch (err) {
      // Other instances keep their cached caseloads until they expire (30 s).
      deps.logger.warn({ err }, 'live events: publishing failed');
    }
  };
  const staffChanged: Runtime['staffChanged'] = async (message) => {
    sessionCache.onMessage(message);
    try {
      await live.publish(message);
    } catch (err) {
      // Other instances may accept an ended session until their cached check expires (10 s);
      // their event streams still end within a ping (they check their session).
      deps.logger.warn({ err }, 'live events: publishing failed');
    }
  };
  const profilesChanged = async (personIds: string[]) => {
    for (let i = 0; i < personIds.length; i += 200) {
      const message = { kind: 'profile-changed', personIds: personIds.slice(i, i + 200) } as const;
      // This instance at once (its next request must see the write); the others through the bus.
      deviceCache.onMessage(message);
      try {
        await live.publish(message);
      } catch (err) {
        // Other instances cannot be told: their cached token checks may be stale until they
        // expire, so drop ours and let the TTL bound the rest.
        deviceCache.clear();
        deps.logger.warn({ err }, 'live events: publishing failed');
      }
    }
  };
  const deviceRevoked = async (deviceId: string) => {
    const message = { kind: 'device-revoked', deviceId } as const;
    deviceCache.onMessage(message);
    try {
      await live.publish(message);
    } catch (err) {
      // Other instances may accept the token until their cached check expires (a minute).
      deps.logger.warn({ err }, 'live events: publishing failed');
    }
  };

  return {
    ...deps,
    live,
    streams,
    push,
    texts,
    profiles: new ProfileCache(),
    // The test clock, so tests can refill a bucket by moving time; a clock moved back is ignored.
    limiter: new RequestLimiter(deps.config.limits, () => deps.clock().getTime()),
    vapid,
    auditLog,
    deviceCache,
    sessionCache,
    caseloadCache,
    caseloadChanged,
    staffChanged,
    publishLive,
    publishAboutPerson,
    profilesChanged,
    deviceRevoked,
    close: async () => {
      unsubscribe();
      try {
        await auditLog.flush();
      } catch (err) {
        deps.logger.error({ err }, 'audit: read lines could not be written before closing');
      }
      deviceCache.clear();
      sessionCache.clear();
      caseloadCache.clear();
      if (!deps.live) await live.close();
    },
  };
}
