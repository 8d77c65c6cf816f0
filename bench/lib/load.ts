import { loadavg } from 'node:os';
import autocannon, { type Client, type Request, type Result } from 'autocannon';

/** One load pattern against the target: what to send on each connection. */
export interface Scenario {
  name: string;
  /** Counted against the authenticated-read target. */
  read: boolean;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Per connection: e.g. a different phone's token or a different person's plan. */
  perConnection?: (index: number) => {
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** A fresh body for every request (e.g. a new message id, so each send is a real write). */
    eachBody?: () => string;
  };
}

/** One measured row, as recorded in bench/results and bench/README.md. */
export interface Row {
  engine: string;
  scenario: string;
  read: boolean;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; average: number };
  total: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  loadAverageBefore: number;
}

function run(origin: string, s: Scenario, connections: number, seconds: number): Promise<Result> {
  let index = 0;
  return autocannon({
    url: origin + s.path,
    connections,
    duration: seconds,
    method: s.method ?? 'GET',
    headers: s.headers,
    setupClient: (client: Client) => {
      const extra = s.perConnection?.(index++);
      if (!extra) return;
      const { eachBody } = extra;
      const request: Request = {
        method: s.method ?? 'GET',
        path: extra.path ?? s.path,
        headers: { ...s.headers, ...extra.headers },
        body: extra.body ?? eachBody?.(),
      };
      if (eachBody) request.setupRequest = (r) => ({ ...r, body: eachBody() });
      client.setRequests([request]);
    },
  });
}

/** Warm up (discarded), then measure for `seconds` at `connections`. Loopback only. */
export async function measure(
  engine: string,
  origin: string,
  s: Scenario,
  options: { connections: number; seconds: number; warmup: number },
): Promise<Row> {
  if (!origin.startsWith('http://127.0.0.1:')) throw new Error('benchmarks stay on loopback');
  if (options.warmup > 0) await run(origin, s, options.connections, options.warmup);
  const loadAverageBefore = loadavg()[0] ?? 0;
  const r = await run(origin, s, options.connections, options.seconds);
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {}))
    statusCodes[code] = count;
  return {
    engine,
    scenario: s.name,
    read: s.read,
    connections: options.connections,
    seconds: r.duration,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      average: r.latency.average,
    },
    total: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes,
    loadAverageBefore: Math.round(loadAverageBefore * 100) / 100,
  };
}
