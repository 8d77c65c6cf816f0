import type { App } from '../../../src/server/app';
import type { SyncDeps } from '../../../src/device/call-api';

/**
 * What lies between the phone and the server: the phone's signal and any proxy on the way.
 * `up` lets every request through; `offline` stops each one before it leaves the phone;
 * `lose-answers` lets it reach the server and do its work, then loses the answer.
 */
export type Signal = 'up' | 'offline' | 'lose-answers';

/** One request that reached the server. */
export interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** A proxy's answer in front of the server (a gateway that is busy or down). */
export interface ProxyAnswer {
  status: number;
  retryAfterSeconds?: number;
}

/** What a proxy, or a Wi-Fi sign-in page, puts in its answer: a web page, not our JSON. */
const PROXY_PAGE = '<h1>Please sign in to the Wi-Fi</h1>';

/** Something that happens while a request is on its way: as it reaches the server, or after
 * the server answered and before the phone hears. */
export interface InTheAir {
  at: 'arrive' | 'answer';
  run: () => Promise<void>;
}

/**
 * The phone's `fetch`: the real app answers (`app.request`), from this phone's own network
 * address (so one phone's rate limits are not another's). Nothing of our own is stood in for.
 */
export function createNetwork(app: App, clock: () => Date, address: string) {
  let signal: Signal = 'up';
  const proxyAnswers: ProxyAnswer[] = [];
  const sent: Sent[] = [];
  const inTheAir: InTheAir[] = [];
  /** Every request that left the phone, as `METHOD /path`, in order. */
  const log: string[] = [];

  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (signal === 'offline') throw new TypeError('Failed to fetch');
    const url = new URL(String(input), 'http://phone.test');
    const method = init?.method ?? 'GET';
    log.push(`${method} ${url.pathname}`);
    const proxy = proxyAnswers.shift();
    if (proxy) {
      const headers: Record<string, string> = { 'content-type': 'text/html' };
      if (proxy.retryAfterSeconds) headers['retry-after'] = String(proxy.retryAfterSeconds);
      return new Response(PROXY_PAGE, { status: proxy.status, headers });
    }
    const headers = new Headers(init?.headers);
    headers.set('x-forwarded-for', address);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const during = inTheAir.shift();
    if (during?.at === 'arrive') await during.run();
    sent.push({ method, path: url.pathname, body });
    const response = await app.request(`${url.pathname}${url.search}`, {
      method,
      headers,
      body: init?.body,
    });
    if (during?.at === 'answer') await during.run();
    // The server did the work, but the answer never reached the phone.
    if (signal === 'lose-answers') throw new TypeError('Failed to fetch');
    return response;
  };

  const deps: SyncDeps = { fetch, now: clock };
  return {
    deps,
    log,
    sent,
    setSignal: (next: Signal) => (signal = next),
    /** The next requests are answered by a proxy on the way, and never reach the server. */
    proxyAnswersNext: (...answers: ProxyAnswer[]) => proxyAnswers.push(...answers),
    /** While the next request that reaches the server is on its way, do `run` (once). */
    duringNextRequest: (during: InTheAir) => inTheAir.push(during),
  };
}

export type Network = ReturnType<typeof createNetwork>;
