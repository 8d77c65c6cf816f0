/// <reference lib="webworker" />
// Before any module that builds a zod schema.
import '../shared/zod-jitless';
import { onMessage } from './messages';
import { onSync } from './outbox';
import { precacheAppShell } from './precache';
import { onNotificationClick, onPush } from './push';

declare const self: ServiceWorkerGlobalScope;

// install, activate, fetch: the precached app shell and the app-route navigation fallback.
precacheAppShell();
// message: a waiting version takes over only when the person agrees.
self.addEventListener('message', onMessage);
// push, notificationclick: fixed words only ("My support"), and opening the right screen.
self.addEventListener('push', onPush);
self.addEventListener('notificationclick', onNotificationClick);
// sync (Background Sync): send the outbox when the phone has signal again.
self.addEventListener('sync', onSync);
