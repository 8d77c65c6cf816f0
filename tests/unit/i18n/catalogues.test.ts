import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';

/*
 * The catalogues themselves: every English message parses as ICU MessageFormat; each area is
 * registered under its file's name, once; and a translation holds only ids the English has,
 * with the same placeholders (a translation that drops {number} would drop a phone number).
 */

const repo = resolve(import.meta.dirname, '../../..');
const LOCALES = join(repo, 'src/app/i18n/locales');

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, test);
    return test(entry.name) ? [path] : [];
  });
}

const catalogues = files(join(repo, 'src'), (n) => n.endsWith('.messages.json')).filter(
  (path) => !path.startsWith(LOCALES),
);
const sources = files(join(repo, 'src'), (n) => /\.tsx?$/.test(n));

function read(path: string): Record<string, string> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
}

/** The names of a message's placeholders, plurals and selects. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  // lingui's compiled form: strings, and [name] or [name, type, { choice: parts }] tuples.
  const walk = (parts: unknown) => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!Array.isArray(part)) continue;
      const [name, , choices] = part as [unknown, unknown, unknown];
      if (typeof name === 'string' && name !== '#') names.add(name);
      if (choices && typeof choices === 'object') Object.values(choices).forEach(walk);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...names].sort();
}

const english = new Map<string, string>();
for (const path of catalogues) {
  const area = basename(path, '.messages.json');
  for (const [key, message] of Object.entries(read(path))) english.set(`${area}.${key}`, message);
}

describe('message catalogues', () => {
  it('a message that is not ICU is caught', () => {
    expect(() => compileMessageOrThrow('Hello {name')).toThrow();
  });

  it('there are catalogues to check', () => {
    expect(catalogues.length).toBeGreaterThan(5);
  });

  it.each(catalogues.map((p) => [relative(repo, p), p]))('%s parses as ICU', (_name, path) => {
    for (const [key, message] of Object.entries(read(path))) {
      expect(typeof message, key).toBe('string');
      expect(() => compileMessageOrThrow(message), key).not.toThrow();
    }
  });

  it('each area is registered once, under its file name, by the code beside it', () => {
    const areas = catalogues.map((p) => basename(p, '.messages.json'));
    expect(new Set(areas).size).toBe(areas.length);
    const registered: string[] = [];
    for (const source of sources) {
      const code = readFileSync(source, 'utf8');
      for (const m of code.matchAll(/catalogue\('([^']+)', (\w+)\)/g)) {
        const [, area = '', name = ''] = m;
        const from = new RegExp(`import ${name} from '[^']*/${area}\\.messages\\.json'`);
        expect(code, `${relative(repo, source)} registers ${area}`).toMatch(from);
        registered.push(area);
      }
    }
    expect(registered.sort()).toEqual([...areas].sort());
  });

  // No translation ships yet, and git keeps no empty folder.
  const translations = existsSync(LOCALES)
    ? files(LOCALES, (n) => n.endsWith('.messages.json'))
    : [];
  it.each(translations.map((p) => [basename(p), p]))(
    'the translation %s has only known ids, with the English placeholders',
    (_name, path) => {
      for (const [id, message] of Object.entries(read(path))) {
        const source = english.get(id);
        expect(source, `${id} is not an English id`).toBeDefined();
        expect(placeholders(message), id).toEqual(placeholders(source ?? ''));
      }
    },
  );
});
