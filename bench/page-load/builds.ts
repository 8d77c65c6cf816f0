import { resolve } from 'node:path';

/** A built app to measure: its label in the results and its `dist` folder. */
export interface Build {
  label: string;
  dist: string;
}

/** `--build=label:dir` arguments, each dir relative to the repository. */
export function buildsFrom(args: readonly string[], repo: string): Build[] {
  return args
    .filter((a) => a.startsWith('--build='))
    .map((a) => {
      const [label, dir] = a.slice(8).split(/:(.*)/s);
      return { label: label ?? 'build', dist: resolve(repo, dir ?? 'dist') };
    });
}

export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
