import fc from 'fast-check';

/** A request body as sent: text, raw bytes, or nothing. */
export type Body = string | Uint8Array<ArrayBuffer> | undefined;

/** Strings that have broken servers before: NUL (Postgres text), lone surrogates, huge, RTL. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil',
  '\ufeff',
  '<script>alert(1)</script>',
  "'; drop table people; --",
  '{{7*7}}',
  '../../etc/passwd',
  '０１２３',
  '😀'.repeat(100),
  'x'.repeat(600),
  'x'.repeat(5_000),
];

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -1, 1.5, 8, 2 ** 31, 2 ** 53 + 1, -0, 1e308, true, null, [], {}),
  },
  { weight: 1, arbitrary: fc.nat({ max: 200 }).map((n) => nested(n)) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2_000 }) },
);

/** `[[[...]]]` n deep. */
function nested(n: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < n; i++) value = [value];
  return value;
}

type Key = string | number;

/** A JSON object or array, whose children we can read and write by key. */
function isContainer(value: unknown): value is Record<Key, unknown> {
  return value !== null && typeof value === 'object';
}

function valueAt(root: unknown, path: Key[]): unknown {
  let node = root;
  for (const key of path) node = isContainer(node) ? node[key] : undefined;
  return node;
}

/** Every place in a JSON value: a list of keys from the root. */
function places(value: unknown, at: Key[] = []): Key[][] {
  if (Array.isArray(value)) return [at].concat(...value.map((v, i) => places(v, [...at, i])));
  if (isContainer(value)) {
    return [at].concat(...Object.entries(value).map(([k, v]) => places(v, [...at, k])));
  }
  return [at];
}

/** Characters that are legal in JSON but not everywhere after it (Postgres text and jsonb). */
const POISON = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\uffff',
  '\ufffe',
  '\u2028',
  '\u202e',
  '\u0301',
  '\u001b',
  '\u007f',
  '😀',
  '\\',
  '"',
  "'",
  '%s',
  '\n',
];

type Edit =
  | { kind: 'poison'; pick: number; at: number; char: string }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; key: string; value: unknown };

const poison = fc.record({
  kind: fc.constant('poison' as const),
  pick: fc.nat(),
  at: fc.nat(),
  char: fc.constantFrom(...POISON),
});

const edit: fc.Arbitrary<Edit> = fc.oneof(
  poison,
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: nastyValue }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'id', 'extra'), fc.string()),
    value: nastyValue,
  }),
);

/** Apply one edit to a copy, at the node `places[pick % n]` (a string's place, to poison). */
function applyEdit(root: unknown, e: Edit): unknown {
  const copy = structuredClone(root);
  const all = places(copy).filter(
    (p) => e.kind !== 'poison' || typeof valueAt(copy, p) === 'string',
  );
  const path = all[e.pick % all.length] ?? [];
  const last = path.at(-1);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = isContainer(parent) ? parent[key] : undefined;
  const node = last === undefined ? copy : isContainer(parent) ? parent[last] : undefined;

  if (e.kind === 'add') {
    // defineProperty, so a `__proto__` key is a real own key as JSON.parse would make it.
    if (isContainer(node) && !Array.isArray(node)) {
      Object.defineProperty(node, e.key, { value: e.value, enumerable: true, writable: true });
    }
    return copy;
  }
  if (e.kind === 'poison') {
    if (typeof node !== 'string') return copy;
    const at = e.at % (node.length + 1);
    const spoilt = node.slice(0, at) + e.char + node.slice(at);
    if (last === undefined) return spoilt;
    if (isContainer(parent)) parent[last] = spoilt;
    return copy;
  }
  if (last === undefined) return e.kind === 'replace' ? e.value : undefined;
  if (!isContainer(parent)) return copy;
  if (e.kind === 'replace') parent[last] = e.value;
  else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
  return copy;
}

/** A valid body with one awkward character put into one of its strings. */
export function poisoned(template: unknown): fc.Arbitrary<string> {
  return poison.map((e) => JSON.stringify(applyEdit(template, e)));
}

/** A valid body for the route with a few things changed: it reaches further than pure noise. */
export function nearlyValid(templates: readonly unknown[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...templates),
      fc.oneof(
        { weight: 2, arbitrary: fc.constant([]) },
        { weight: 3, arbitrary: fc.array(edit, { minLength: 1, maxLength: 1 }) },
        { weight: 1, arbitrary: fc.array(edit, { minLength: 2, maxLength: 3 }) },
      ),
    )
    .map(([template, edits]) => {
      const value = edits.reduce<unknown>((v, e) => applyEdit(v, e), template);
      return value === undefined ? '' : JSON.stringify(value);
    });
}

const BROKEN_JSON = [
  '',
  '{',
  '[',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  'nul',
  'NaN',
  '"',
  '\u0000',
  '{"day":1e400}',
  '{"kind":"weekly","weekly":[{"day":1e400,"start":"09:00","end":"17:00"}],"exceptions":[]}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '\ufeff{}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":1}{"b":2}',
  '1'.repeat(400),
];

/** Any body at all, for a route whose valid bodies look like `templates`. */
export function body(templates: readonly unknown[]): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 10, arbitrary: nearlyValid(templates) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.constantFrom(...BROKEN_JSON) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 100, max: 100_000 }), fc.boolean())
        .map(([n, arrays]) =>
          arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n),
        ),
    },
    {
      weight: 1,
      // Around the 256 KiB limit: just under, just over, far over.
      arbitrary: fc
        .constantFrom(200_000, 262_100, 262_200, 1_000_000)
        .map((n) => JSON.stringify({ displayName: 'x'.repeat(n) })),
    },
  );
}
