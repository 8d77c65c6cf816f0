import { readFileSync } from 'node:fs';
import { z } from 'zod';

const CpuProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      hitCount: z.number().default(0),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()),
});

/** Where a frame's code lives: a package, one of our files, Node itself, or V8's bookkeeping. */
function area(url: string, name: string): string {
  if (url.startsWith('wasm://')) return 'wasm (PGlite)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const ours = /\/(src\/[^?]+|bench\/[^?]+)/.exec(url);
  if (ours?.[1]) return ours[1];
  if (url.startsWith('node:')) return 'node internals';
  return name || '(unknown)';
}

export interface ProfileSummary {
  sampledMs: number;
  byArea: { area: string; percent: number }[];
  byFunction: { fn: string; percent: number }[];
}

/** Self time from a `--cpu-prof` file, by package/file and by function. */
export function summariseProfile(path: string, top = 20): ProfileSummary {
  const profile = CpuProfile.parse(JSON.parse(readFileSync(path, 'utf8')));
  const total = profile.samples.length || 1;
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const node of profile.nodes) {
    if (node.hitCount === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + node.hitCount);
    const where = url
      ? ` ${url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}:${lineNumber + 1}`
      : '';
    const fn = `${functionName || '(anonymous)'}${where}`;
    fns.set(fn, (fns.get(fn) ?? 0) + node.hitCount);
  }
  const ranked = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).slice(0, top);
  return {
    sampledMs: Math.round((profile.endTime - profile.startTime) / 1000),
    byArea: ranked(areas).map(([a, n]) => ({
      area: a,
      percent: Math.round((n / total) * 1000) / 10,
    })),
    byFunction: ranked(fns).map(([fn, n]) => ({
      fn,
      percent: Math.round((n / total) * 1000) / 10,
    })),
  };
}
