import { signal } from '@preact/signals';
import type { LiveEvent } from '#shared/schemas/connect';

/** Whether this browser can show notifications, and what the caseworker said when asked. */
export type NotificationPermissionState = NotificationPermission | 'unsupported';

/** The only words a notification ever has: nothing about who or what. */
export const NOTIFICATION_TITLE = 'HIU console';
export const NOTIFICATION_BODY = 'New activity in your caseload';

/** Kinds of event that are news to the caseworker (a withdrawal or a relink is not). */
const NEWS: ReadonlySet<LiveEvent['type']> = new Set(['shared-entry', 'message']);

function currentPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * Getting the caseworker's attention, gently and only within their working hours (the server
 * says so in `notify`): while the tab is hidden, a count in the tab title, "(2) My caseload", and,
 * if they turned them on with the button, a browser notification that says nothing personal.
 * No service worker is involved: the console notifies only while it is open.
 */
export function createAttention() {
  /** New things since the caseworker last looked at this tab. */
  const unseen = signal(0);
  const permission = signal<NotificationPermissionState>(currentPermission());
  /** Turned on by the button on "My working hours"; kept for this tab only, never stored. */
  const notificationsOn = signal(permission.value === 'granted');
  let pageTitle = document.title;

  function showTitle() {
    document.title = unseen.value > 0 ? `(${unseen.value}) ${pageTitle}` : pageTitle;
  }

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && unseen.value > 0) {
      unseen.value = 0;
      showTitle();
    }
  });

  return {
    unseen,
    permission,
    notificationsOn,
    /** Sets the page's own title; the count, if any, stays in front of it. */
    setTitle(title: string) {
      pageTitle = title;
      showTitle();
    },
    /** Called for every live event. */
    noticed(event: LiveEvent) {
      if (!event.notify || !NEWS.has(event.type)) return;
      if (document.visibilityState !== 'hidden') return;
      unseen.value += 1;
      showTitle();
      if (notificationsOn.value && currentPermission() === 'granted') {
        try {
          // One notification at a time: the tag replaces the last one rather than stacking up.
          const shown = new Notification(NOTIFICATION_TITLE, {
            body: NOTIFICATION_BODY,
            tag: 'hiu-console-activity',
          });
          shown.onclick = () => {
            window.focus();
            shown.close();
          };
        } catch {
          // Some browsers (Chrome on Android) only notify through a service worker: the title
          // count is enough there.
        }
      }
    },
    /** Forgets the count (signing out). */
    reset() {
      unseen.value = 0;
      showTitle();
    },
    /** Asks the browser (only ever from a button press). */
    async turnOn(): Promise<void> {
      if (typeof Notification === 'undefined') return;
      const answer = await Notification.requestPermission();
      permission.value = answer;
      notificationsOn.value = answer === 'granted';
    },
    turnOff() {
      notificationsOn.value = false;
    },
  };
}

export type Attention = ReturnType<typeof createAttention>;
