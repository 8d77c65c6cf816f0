import { LiveEvent } from '#shared/schemas/connect';
import type { App } from '../../../src/server/app';
import type { Caller } from './http';

/** An open `GET /api/events` stream, read the way EventSource would. */
export interface EventStream {
  status: number;
  contentType: string | null;
  /** Every event so far. */
  events: LiveEvent[];
  /** Comment lines seen (`: ping`). */
  comments: string[];
  /** Resolves with the next event matching `match`, or rejects after `timeoutMs`. */
  next(match?: (e: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): Promise<void>;
}

type Fetcher =
  Pick<App, 'request'> | { request(path: string, init: RequestInit): Promise<Response> };

export async function openEvents(app: Fetcher, as: Caller): Promise<EventStream> {
  const res = await app.request('/api/events', { headers: as.headers });
  const events: LiveEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const reader = res.body?.getReader();
  let endedResolve: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    endedResolve = resolve;
  });
  if (res.status === 200 && reader) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let cut = buffer.indexOf('\n\n');
          while (cut >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            for (const line of block.split('\n')) {
              if (line.startsWith('data: '))
                events.push(LiveEvent.parse(JSON.parse(line.slice(6))));
              else if (line.startsWith(':')) comments.push(line.slice(1).trim());
            }
            cut = buffer.indexOf('\n\n');
          }
          for (const wake of [...waiters]) wake();
        }
      } catch {
        // Cancelled by close().
      }
      endedResolve();
      for (const wake of [...waiters]) wake();
    })();
  } else {
    endedResolve();
  }
  let seen = 0;
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    comments,
    next: (match = () => true, timeoutMs = 5_000) =>
      new Promise<LiveEvent>((resolve, reject) => {
        const check = () => {
          while (seen < events.length) {
            const event = events[seen++];
            if (event && match(event)) {
              waiters.delete(check);
              clearTimeout(timer);
              resolve(event);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    ended,
    close: async () => {
      await reader?.cancel().catch(() => undefined);
      await ended;
    },
  };
}

/** Waits a little for anything that would arrive (to show that nothing did). */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
