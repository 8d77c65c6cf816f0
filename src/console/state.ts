import { computed, signal } from '@preact/signals';
import { endpoints, pathOf } from '#shared/endpoints';
import { createApi, type Api } from './api';
import type { Session } from './contract';
import { createAttention } from './live/attention';
import { createLiveConnection } from './live/connection';
import { createRouter, type Router } from './router';

export type ConsoleState = ReturnType<typeof createConsoleState>;

const EXPIRED_NOTE =
  'You were signed out because the console was not used for a while. Sign in again to carry on where you were.';

/** The console's state as signals, made once at start-up and shared through context. */
export function createConsoleState() {
  /** `undefined` while we ask the server whether a session exists. */
  const session = signal<Session | null | undefined>(undefined);
  /** A kind note shown on the sign-in screen (for example, after the session ended). */
  const signInNote = signal<string | null>(null);
  const isLead = computed(() => session.value?.caseworker.role === 'lead');
  const router: Router = createRouter();
  const api: Api = createApi({
    csrfToken: () => session.value?.csrfToken ?? null,
    onSignedOut: () => {
      if (session.value) signInNote.value = EXPIRED_NOTE;
      session.value = null;
    },
  });
  const live = createLiveConnection({
    url: pathOf(endpoints.service.events),
    checkSession: () => api.call(endpoints.auth.me, {}),
  });
  const attention = createAttention();
  live.subscribe((event) => {
    if (event) attention.noticed(event);
  });
  return { session, signInNote, isLead, router, api, live, attention };
}
