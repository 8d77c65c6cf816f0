import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config';

/**
 * Fields that would hold a mobile number, wherever they sit: a second guard, since nothing
 * should log one. An HTTP client's error keeps its request (and so the number it sent).
 */
export const REDACTED_PATHS = [
  'phone',
  'phoneNumber',
  'phone_number',
  'mobile',
  'number',
  '*.phone',
  '*.phoneNumber',
  '*.phone_number',
  '*.mobile',
  '*.number',
  '*.config',
  '*.request',
  '*.response',
];

/**
 * Structured logs. What we log is chosen field by field (ids, routes, statuses, timings):
 * never request bodies, names, emails, phone numbers, messages or journal text.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'hiu-server' },
    serializers: { err: safeError },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * An error without the parts that can carry people's data: Postgres puts row values in
 * `detail` and `where`, and other libraries echo input in their own fields.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const out: Record<string, unknown> = { type: error.name, message: error.message };
  if ('code' in error && typeof error.code === 'string') out.code = error.code;
  if ('constraint' in error && typeof error.constraint === 'string') {
    out.constraint = error.constraint;
  }
  if (error.stack) out.stack = error.stack;
  if (error.cause !== undefined && error.cause !== error) out.cause = safeError(error.cause);
  return out;
}
