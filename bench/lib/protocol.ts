import { z } from 'zod';

/** What the target process sends its parent once it is seeded and listening. */
export const Ready = z.object({
  kind: z.literal('ready'),
  engine: z.enum(['pglite', 'pglite-memory', 'postgres']),
  port: z.number().int(),
  /** Bearer tokens of paired phones, several per person. */
  deviceTokens: z.array(z.string()).min(1),
  /** `hiu_session=...` for the lead, and the session's CSRF token. */
  cookie: z.string(),
  csrf: z.string(),
  personIds: z.array(z.string()).min(1),
});
export type Ready = z.infer<typeof Ready>;

/** Parent to target: stop serving, or start/stop the V8 CPU profiler around one scenario. */
export const Command = z.union([
  z.object({ kind: z.literal('stop') }),
  z.object({ kind: z.literal('profile-start') }),
  z.object({ kind: z.literal('profile-stop'), path: z.string() }),
  /** Report memory now; with `gc`, after a full garbage collection (`--expose-gc`). */
  z.object({ kind: z.literal('memory'), gc: z.boolean() }),
]);
export type Command = z.infer<typeof Command>;

/** Target to parent: the profile is written. */
export const Profiled = z.object({ kind: z.literal('profiled'), path: z.string() });
export type Profiled = z.infer<typeof Profiled>;

/** Target to parent: where its memory is (megabytes; `process.memoryUsage()` and PGlite's). */
export const MemoryReport = z.object({
  kind: z.literal('memory'),
  rssMb: z.number(),
  heapTotalMb: z.number(),
  heapUsedMb: z.number(),
  /** C++ objects bound to JavaScript, WebAssembly memory among them. */
  externalMb: z.number(),
  arrayBuffersMb: z.number(),
  /** PGlite's WebAssembly memory (part of `external`); null on PostgreSQL. */
  pgliteWasmMb: z.number().nullable(),
});
export type MemoryReport = z.infer<typeof MemoryReport>;

/** The flood worker (flood-worker.ts) to the flood bench: what it sent and what came back. */
export const FloodReport = z.object({
  kind: z.literal('flood-report'),
  requests: z.number(),
  served: z.number(),
  limited: z.number(),
  other: z.number(),
  seconds: z.number(),
});
export type FloodReport = z.infer<typeof FloodReport>;
