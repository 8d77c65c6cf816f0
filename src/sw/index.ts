/// <reference lib="webworker" />
import { onMessage } from './messages';
import { precacheAppShell } from './precache';

declare const self: ServiceWorkerGlobalScope;

// install, activate, fetch: the precached app shell and the app-route navigation fallback.
precacheAppShell();
// message: a waiting version takes over only when the person agrees.
self.addEventListener('message', onMessage);
