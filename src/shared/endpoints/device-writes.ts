/**
 * The phone's writes, by name: each is one entry of `endpoints.device` (device.ts spreads these
 * in), kept here without schemas so that the outbox, its upgrade step and the service worker
 * can name and address a send without loading zod.
 */
export const DEVICE_WRITES = {
  sendMessage: { method: 'POST', path: '/api/device/messages' },
  readMessages: { method: 'POST', path: '/api/device/messages/read' },
  sendPhoto: { method: 'POST', path: '/api/device/messages/photo' },
  share: { method: 'PUT', path: '/api/device/shared-entries/:entryId' },
  withdraw: { method: 'DELETE', path: '/api/device/shared-entries/:entryId' },
  pushOn: { method: 'PUT', path: '/api/device/push-subscription' },
  pushOff: { method: 'DELETE', path: '/api/device/push-subscription' },
  tick: { method: 'PUT', path: '/api/device/milestones/:milestoneId' },
  logContact: { method: 'PUT', path: '/api/device/contacts/:contactId' },
  undoContact: { method: 'DELETE', path: '/api/device/contacts/:contactId' },
  logSupport: { method: 'PUT', path: '/api/device/support-used/:supportId' },
  undoSupport: { method: 'DELETE', path: '/api/device/support-used/:supportId' },
  checkIn: { method: 'PUT', path: '/api/device/check-ins/:id' },
  urgentCare: { method: 'PUT', path: '/api/device/urgent-care/:entryId' },
  urgentCareOff: { method: 'DELETE', path: '/api/device/urgent-care/:entryId' },
} as const;

export type DeviceWrite = keyof typeof DEVICE_WRITES;

/** What an outbox record names: `device.sendMessage`, ... */
export type DeviceWriteName = `device.${DeviceWrite}`;

/** The write called `name`, or undefined when this version of the app has no such write. */
export function deviceWrite(name: string) {
  const key = name.startsWith('device.') ? name.slice('device.'.length) : '';
  return isDeviceWrite(key) ? DEVICE_WRITES[key] : undefined;
}

const isDeviceWrite = (key: string): key is DeviceWrite => Object.hasOwn(DEVICE_WRITES, key);

/**
 * The write a request of an older outbox was for, from its method and path (`PUT` and
 * `/api/device/shared-entries/<id>`), with the path's parameters; undefined if none matches.
 */
export function matchDeviceWrite(
  method: string,
  path: string,
): { name: DeviceWriteName; params: Record<string, string> } | undefined {
  for (const [key, route] of Object.entries(DEVICE_WRITES)) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = route.path.replace(/:([A-Za-z]+)/g, (_whole, name: string) => {
      names.push(name);
      return '([^/?#]+)';
    });
    const found = new RegExp(`^${pattern}$`).exec(path);
    if (!found) continue;
    const params = Object.fromEntries(
      names.map((n, i) => [n, decodeURIComponent(found[i + 1] ?? '')]),
    );
    if (isDeviceWrite(key)) return { name: `device.${key}`, params };
  }
  return undefined;
}
