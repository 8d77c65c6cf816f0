/** Just enough of the source map v3 format to say which sources the output bytes came from. */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VALUE.get(char);
    if (digit === undefined) throw new Error(`Bad VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export interface RawSourceMap {
  sources: string[];
  mappings: string;
}

/**
 * Bytes of generated code per source file (a segment runs to the next one on its line). Code
 * with no mapping (the bundler's own glue) counts as '(unmapped)'.
 */
export function bytesBySource(code: string, map: RawSourceMap): Map<string, number> {
  const lines = code.split('\n');
  const totals = new Map<string, number>();
  const add = (source: string, n: number) => totals.set(source, (totals.get(source) ?? 0) + n);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    const starts: { column: number; source: string | null }[] = [];
    for (const segment of lineMappings.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        starts.push({ column, source: map.sources[sourceIndex] ?? '(unknown)' });
      } else {
        starts.push({ column, source: null });
      }
    }
    const first = starts[0]?.column ?? line.length;
    if (first > 0) add('(unmapped)', Buffer.byteLength(line.slice(0, first)));
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.column ?? line.length;
      add(start.source ?? '(unmapped)', Buffer.byteLength(line.slice(start.column, end)));
    });
  });
  return totals;
}

/** 'zod', '@preact/signals', or the first folders of our own source ('src/app/store'). */
export function packageOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? source);
  }
  const src = source.indexOf('src/');
  if (src >= 0) return source.slice(src).split('/').slice(0, 3).join('/');
  return source;
}
