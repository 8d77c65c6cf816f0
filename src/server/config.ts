import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { MAX_REQUEST_COST } from './limits/costs';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings count as "not set", so `PUBLIC_URL=` in a shell behaves like no PUBLIC_URL. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const base64url = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'must be base64url text (from web-push generateVAPIDKeys)')
    .refine((s) => Buffer.from(s, 'base64url').length === bytes, {
      message: `must decode to ${bytes} bytes (from web-push generateVAPIDKeys)`,
    });

const seconds = z.coerce
  .number({ message: 'must be a number of seconds from 1 to 3600' })
  .min(1, 'must be a number of seconds from 1 to 3600')
  .max(3600, 'must be a number of seconds from 1 to 3600');

const flag = z.enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' });
const isOn = (value: string | undefined) => value === '1' || value === 'true';

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

/** An interface address to listen on (`0.0.0.0`, `::`, `127.0.0.1`) or a name (`localhost`). */
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const host = z
  .string()
  .refine(
    (h) => isIP(h) !== 0 || HOST_NAME.test(h),
    'must be an address like 0.0.0.0, 127.0.0.1 or ::, or a name like localhost',
  );

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A Notify API key is its name, the service id and the secret: `name-<uuid>-<uuid>`. */
const NOTIFY_KEY = new RegExp(`^[A-Za-z0-9_-]+-${UUID}-${UUID}$`);
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Notify's own address, unless a stand-in on this machine is named (tests, local runs). */
export const NOTIFY_PRODUCTION_URL = 'https://api.notifications.service.gov.uk';

const SECRET_NAMES = /PRIVATE|API_KEY|NUMBER_KEY/;

const EnvSchema = z
  .object({
    HOST: optional(host),
    PORT: optional(wholeNumber(1, 65535)),
    DATA_DIR: optional(z.string()),
    DATABASE_URL: optional(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/\S+$/,
          'must look like postgres://user:password@host:5432/database',
        ),
    ),
    PUBLIC_URL: optional(
      z
        .url({ message: 'must be a full address like https://hiu.example.org' })
        .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://'),
    ),
    VAPID_PUBLIC_KEY: optional(base64url(65)),
    VAPID_PRIVATE_KEY: optional(base64url(32)),
    VAPID_SUBJECT: optional(
      z.string().regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'must be mailto:you@... or https://...'),
    ),
    LOG_LEVEL: optional(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })),
    TRUST_PROXY: optional(flag),
    PUSH_ALLOW_LOOPBACK: optional(flag),
    LIMIT_REQUESTS_PER_SECOND: optional(wholeNumber(1, 100_000)),
    LIMIT_BURST: optional(wholeNumber(1, 1_000_000)),
    LIMIT_EVENT_STREAMS: optional(wholeNumber(1, 1000)),
    LIMIT_REFUSAL_DELAY_MS: optional(wholeNumber(0, 5000)),
    RELEASE_INTERVAL_SECONDS: optional(seconds),
    PUSH_POLL_SECONDS: optional(seconds),
    NOTIFY_API_KEY: optional(
      z.string().regex(NOTIFY_KEY, 'must be a GOV.UK Notify API key (name-service id-secret)'),
    ),
    NOTIFY_SMS_TEMPLATE_ID: optional(
      z.string().regex(new RegExp(`^${UUID}$`), 'must be the id of a GOV.UK Notify text template'),
    ),
    NOTIFY_BASE_URL: optional(
      z
        .url({ message: 'must be a full address like https://api.notifications.service.gov.uk' })
        .refine((u) => {
          const url = new URL(u);
          return url.protocol === 'https:' || LOOPBACK_NAMES.has(url.hostname);
        }, 'must start with https:// (http:// only for 127.0.0.1 or localhost)'),
    ),
    SMS_NUMBER_KEY: optional(
      z
        .string()
        .regex(
          /^[A-Za-z0-9+/_-]+=*$/,
          'must be 32 random bytes in base64 (openssl rand -base64 32)',
        )
        .refine(
          (s) => Buffer.from(s, 'base64').length === 32,
          'must be 32 random bytes in base64 (openssl rand -base64 32)',
        ),
    ),
    SMS_DELAY_MINUTES: optional(wholeNumber(1, 10_080)),
    SMS_MIN_GAP_MINUTES: optional(wholeNumber(1, 10_080)),
    SMS_POLL_SECONDS: optional(seconds),
  })
  .superRefine((env, ctx) => {
    if (env.LIMIT_BURST !== undefined && env.LIMIT_BURST < MAX_REQUEST_COST) {
      ctx.addIssue({
        code: 'custom',
        path: ['LIMIT_BURST'],
        message: `must be at least ${MAX_REQUEST_COST} (what the dearest request costs)`,
      });
    }
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.VAPID_PUBLIC_KEY ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'],
        message:
          'Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither (they are made for you)',
      });
    }
    const texts = ['NOTIFY_API_KEY', 'NOTIFY_SMS_TEMPLATE_ID', 'SMS_NUMBER_KEY'] as const;
    const set = texts.filter((name) => env[name] !== undefined);
    if (set.length > 0 && set.length < texts.length) {
      for (const name of texts.filter((n) => env[n] === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `Texts need NOTIFY_API_KEY, NOTIFY_SMS_TEMPLATE_ID and SMS_NUMBER_KEY together (${set.join(' and ')} set); set all three, or none to turn texts off`,
        });
      }
    }
  });

export type LogLevel = (typeof LOG_LEVELS)[number];

/** Per phone and per staff session (see limits/limits.ts for what each request costs). */
export interface RequestLimits {
  /** Tokens added back each second. A cheap request costs 1. */
  perSecond: number;
  /** The most tokens a bucket holds: how much may be spent at once. */
  burst: number;
  /** Open live-event streams (GET /api/events) per session, on each instance. */
  eventStreams: number;
  /** How long a refused request waits for its 429 (at most its Retry-After). */
  refusalDelayMs: number;
}

/** Generous: a console loading a person's page, or a phone catching up, never comes near. */
export const DEFAULT_LIMITS: RequestLimits = {
  perSecond: 10,
  burst: 60,
  eventStreams: 4,
  refusalDelayMs: 1000,
};

/** Texts about waiting messages through GOV.UK Notify; undefined when the service has none. */
export interface TextsConfig {
  apiKey: string;
  templateId: string;
  /** Notify's address (a stand-in on this machine in tests). */
  baseUrl: string;
  /** AES-256-GCM key for mobile numbers at rest. */
  numberKey: Buffer;
  /** How long a caseworker's reply stays unread before a text (SMS_DELAY_MINUTES, default 180). */
  delayMs: number;
  /** The least time between two texts to one person (SMS_MIN_GAP_MINUTES, default 240). */
  minGapMs: number;
  /** How often the text queue is swept (SMS_POLL_SECONDS, default 30). */
  pollMs: number;
}

export interface Config {
  /** The interface to listen on (HOST, default 0.0.0.0: every IPv4 interface). */
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Where people reach us, without a trailing slash; undefined means "the request's origin". */
  publicUrl: string | undefined;
  /** True when PUBLIC_URL is https: cookies get Secure and responses get HSTS. */
  https: boolean;
  vapid: { publicKey: string; privateKey: string } | undefined;
  vapidSubject: string | undefined;
  logLevel: LogLevel;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** How often held messages are checked for release (RELEASE_INTERVAL_SECONDS, default 30). */
  releaseIntervalMs: number;
  /** How often the push queue is polled for other instances' jobs and retries (default 5). */
  pushPollMs: number;
  /** Let pushes reach a push service on this machine (loopback only): tests and local runs. */
  pushAllowLoopback: boolean;
  limits: RequestLimits;
  /** Off (undefined) unless NOTIFY_API_KEY, NOTIFY_SMS_TEMPLATE_ID and SMS_NUMBER_KEY are set. */
  texts: TextsConfig | undefined;
}

/** Thrown with one line per bad variable, ready to print. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The server cannot start. Please fix:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Read and check the environment once, at start-up. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    // One line per variable: the first thing wrong with it is enough to fix it.
    const byName = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.');
      if (byName.has(name)) continue;
      const value = env[name];
      const shown = value === undefined || SECRET_NAMES.test(name) ? '' : ` (got "${value}")`;
      byName.set(name, `${name}: ${issue.message}${shown}`);
    }
    throw new ConfigError([...byName.values()]);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL?.replace(/\/+$/, '');
  return {
    host: e.HOST ?? '0.0.0.0',
    port: e.PORT ?? 8080,
    dataDir: resolve(e.DATA_DIR ?? './data'),
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    https: publicUrl?.startsWith('https://') ?? false,
    vapid:
      e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY
        ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY }
        : undefined,
    vapidSubject: e.VAPID_SUBJECT,
    logLevel: e.LOG_LEVEL ?? 'info',
    trustProxy: isOn(e.TRUST_PROXY),
    releaseIntervalMs: (e.RELEASE_INTERVAL_SECONDS ?? 30) * 1000,
    pushPollMs: (e.PUSH_POLL_SECONDS ?? 5) * 1000,
    pushAllowLoopback: isOn(e.PUSH_ALLOW_LOOPBACK),
    limits: {
      perSecond: e.LIMIT_REQUESTS_PER_SECOND ?? DEFAULT_LIMITS.perSecond,
      burst: e.LIMIT_BURST ?? DEFAULT_LIMITS.burst,
      eventStreams: e.LIMIT_EVENT_STREAMS ?? DEFAULT_LIMITS.eventStreams,
      refusalDelayMs: e.LIMIT_REFUSAL_DELAY_MS ?? DEFAULT_LIMITS.refusalDelayMs,
    },
    texts:
      e.NOTIFY_API_KEY && e.NOTIFY_SMS_TEMPLATE_ID && e.SMS_NUMBER_KEY
        ? {
            apiKey: e.NOTIFY_API_KEY,
            templateId: e.NOTIFY_SMS_TEMPLATE_ID,
            baseUrl: (e.NOTIFY_BASE_URL ?? NOTIFY_PRODUCTION_URL).replace(/\/+$/, ''),
            numberKey: Buffer.from(e.SMS_NUMBER_KEY, 'base64'),
            delayMs: (e.SMS_DELAY_MINUTES ?? 180) * 60_000,
            minGapMs: (e.SMS_MIN_GAP_MINUTES ?? 240) * 60_000,
            pollMs: (e.SMS_POLL_SECONDS ?? 30) * 1000,
          }
        : undefined,
  };
}
