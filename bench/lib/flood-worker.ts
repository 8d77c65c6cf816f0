/**
 * The flooding phone, in its own process so its requests do not share the bench's event loop
 * with the victim's timings: FLOOD_PARALLEL loops of `GET /api/device/sync` (no cursor: a full
 * sync each time), each sending again as soon as it is answered, as a misbehaving phone that
 * ignores Retry-After would. Loopback only, and bounded: it stops at FLOOD_MAX_REQUESTS,
 * FLOOD_MAX_SECONDS or a `stop` message, whichever comes first, then reports its counts.
 */
import { z } from 'zod';
import type { FloodReport } from './protocol';

const Env = z.object({
  FLOOD_ORIGIN: z.string().regex(/^http:\/\/127\.0\.0\.1:\d+$/, 'loopback only'),
  FLOOD_TOKEN: z.string().min(32),
  FLOOD_PARALLEL: z.coerce.number().int().min(1).max(100),
  FLOOD_MAX_REQUESTS: z.coerce.number().int().min(1).max(200_000),
  FLOOD_MAX_SECONDS: z.coerce.number().min(1).max(120),
});

async function main() {
  const env = Env.parse(process.env);
  const started = performance.now();
  const deadline = started + env.FLOOD_MAX_SECONDS * 1000;
  let stopped = false;
  process.on('message', (m) => {
    if (typeof m === 'object' && m !== null && 'kind' in m && m.kind === 'stop') stopped = true;
  });
  const counts = { requests: 0, served: 0, limited: 0, other: 0 };
  const loop = async () => {
    while (!stopped && counts.requests < env.FLOOD_MAX_REQUESTS && performance.now() < deadline) {
      counts.requests++;
      try {
        const res = await fetch(`${env.FLOOD_ORIGIN}/api/device/sync`, {
          headers: { authorization: `Bearer ${env.FLOOD_TOKEN}` },
          signal: AbortSignal.timeout(30_000),
        });
        await res.arrayBuffer();
        if (res.status === 200) counts.served++;
        else if (res.status === 429) counts.limited++;
        else counts.other++;
      } catch {
        counts.other++;
      }
    }
  };
  process.send?.({ kind: 'flood-started' });
  await Promise.all(Array.from({ length: env.FLOOD_PARALLEL }, loop));
  const report: FloodReport = {
    kind: 'flood-report',
    ...counts,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  process.send?.(report, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error('flood worker:', error);
  process.exit(1);
});
