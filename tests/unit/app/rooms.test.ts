import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The rooms of src/app and the order they stand in. A room may import its own files and the
 * rooms below it, never one beside or above it. Type imports count too: a type that has to
 * reach upwards is a sign that it lives in the wrong room.
 */
const RANK: Record<string, number> = {
  store: 0, // IndexedDB: every record on the phone, sealed or plain
  prefs: 0, // display choices (text size, contrast, motion)
  i18n: 0, // the language the app starts in, and the reviewed translations
  lock: 1, // the app lock: the key, PIN and back-off
  state: 2, // the signals the screens read, made by createAppState()
  sync: 3, // the link to the support team: pairing, outbox, pull, push
  components: 4, // pieces shared by several screens
  pages: 5, // one folder per screen
  'routes.tsx': 6, // which screen for which address
  'routes.messages.json': 0, // the screens' titles: words only, imports nothing
  shell: 7, // the frame every screen sits in (999, Help now, Hide)
  wiring: 7, // connects the state to the browser after the first paint
  boot: 7, // the Help now first screen, written into index.html at build time
  'main.tsx': 8,
  styles: -1, // global CSS: imports nothing
  'index.html': 8,
};

const APP = 'src/app';
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]*)['"]|import\(\s*['"](\.[^'"]*)['"]\s*\)|^import\s+['"](\.[^'"]*)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = normalize(join(dirname(from), spec));
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/**
 * Every relative import from this file to another in src/app, as file to file (CSS modules
 * included). src/device (shared with the service worker) stands outside the rooms, below them.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? '';
    const target = resolve(file, spec);
    if (!target) throw new Error(`${file}: cannot find ${spec}`);
    if (!relative(APP, target).startsWith('..')) found.push(target);
  }
  return found;
}

const roomOf = (file: string) => relative(APP, file).split('/')[0] ?? '';
const files = sourceFiles(APP);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('the rooms of src/app', () => {
  it('has a rank for every room', () => {
    const rooms = readdirSync(APP).filter((name) => !(name in RANK) && !name.endsWith('.md'));
    expect(rooms).toEqual([]);
  });

  it('sees the imports it checks (a broken reader cannot pass)', () => {
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(edges).toBeGreaterThan(300);
    expect(graph.get('src/app/main.tsx')).toContain('src/app/wiring/connect.ts');
  });

  it('never imports a room beside or above its own', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = roomOf(file);
        const to = roomOf(target);
        if (from !== to && (RANK[to] ?? 99) >= (RANK[from] ?? -1))
          upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const done = new Set<string>();
    const path: string[] = [];
    const visit = (file: string) => {
      const at = path.indexOf(file);
      if (at >= 0) {
        cycles.push([...path.slice(at), file].join(' -> '));
        return;
      }
      if (done.has(file)) return;
      path.push(file);
      for (const target of graph.get(file) ?? []) visit(target);
      path.pop();
      done.add(file);
    };
    for (const file of files) visit(file);
    expect(cycles).toEqual([]);
  });
});
