/** The encodings we send, best first: brotli, then gzip. */
export type Encoding = 'br' | 'gzip';

/**
 * The best encoding the request's `Accept-Encoding` allows (RFC 9110 §12.5.3): `br` over `gzip`,
 * none for a `q=0`, and `*` standing for any not named. Undefined: send the file as it is.
 */
export function chooseEncoding(accept: string | undefined): Encoding | undefined {
  if (!accept) return undefined;
  const weights = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name = '', ...rest] = part.trim().toLowerCase().split(';');
    const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => weightOf(e) > 0);
  best.sort((a, b) => weightOf(b) - weightOf(a));
  return best[0];
}

/** Types worth compressing: text, JSON, JavaScript, SVG, the manifest. */
export const isCompressible = (type: string) =>
  /^(text\/(?!event-stream)|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/i.test(
    type,
  );
