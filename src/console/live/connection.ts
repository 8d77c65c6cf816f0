import { signal } from '@preact/signals';
import { LiveEvent } from '#shared/schemas/connect';

/** `open`: events arrive. `retrying`: the connection dropped and we are trying again. */
export type LiveStatus = 'off' | 'connecting' | 'open' | 'retrying';

/** Called with each event, or with `null` after a reconnection (anything may have changed). */
export type LiveListener = (event: LiveEvent | null) => void;

type Options = {
  /** Where the events come from (same origin, so the session cookie goes with them). */
  url: string;
  /** Asks the server whether the session is still good; a 401 there signs the console out. */
  checkSession: () => Promise<unknown>;
};

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

function parseEvent(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = LiveEvent.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The console's server-sent events (`endpoints.service.events`). EventSource reconnects by itself
 * after a network drop; when the server refuses (a restart mid-deploy, a 5xx, the session ended)
 * it gives up, so we try again with a growing wait, checking the session first.
 */
export function createLiveConnection({ url, checkSession }: Options) {
  const status = signal<LiveStatus>('off');
  const listeners = new Set<LiveListener>();
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let openedBefore = false;

  function emit(event: LiveEvent | null) {
    for (const listener of [...listeners]) listener(event);
  }

  function connect() {
    status.value = openedBefore ? 'retrying' : 'connecting';
    const current = new EventSource(url, { withCredentials: true });
    source = current;
    current.onopen = () => {
      attempt = 0;
      status.value = 'open';
      openedBefore = true;
      // Events sent before the stream opened (or while it was down) never reach us: everything
      // on screen fetches again. At sign-in that is one extra fetch; after a drop it is needed.
      emit(null);
    };
    current.onmessage = (message: MessageEvent<unknown>) => {
      const event = parseEvent(message.data);
      if (event) emit(event);
    };
    current.onerror = () => {
      if (source !== current) return;
      if (current.readyState === EventSource.CONNECTING) {
        status.value = 'retrying';
        return;
      }
      current.close();
      source = null;
      status.value = 'retrying';
      const wait = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
      attempt += 1;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        // A signed-out console stops here: checkSession's 401 shows sign-in and calls stop().
        void checkSession()
          .catch(() => undefined)
          .then(() => {
            if (status.value !== 'off' && !source) connect();
          });
      }, wait);
    };
  }

  return {
    status,
    /** Opens the stream (once signed in). Safe to call twice. */
    start() {
      if (source || retryTimer) return;
      openedBefore = false;
      attempt = 0;
      connect();
    },
    /** Closes the stream (signing out). */
    stop() {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = undefined;
      source?.close();
      source = null;
      status.value = 'off';
    },
    /** Listens for events; returns the function that stops listening. */
    subscribe(listener: LiveListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LiveConnection = ReturnType<typeof createLiveConnection>;
