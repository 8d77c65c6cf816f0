import { auth, caseworkers } from './auth';
import { calendar } from './calendar';
import { consent } from './consent';
import type { Endpoint } from './define';
import { device } from './device';
import { leave } from './leave';
import { hospital } from './hospital';
import { notes } from './notes';
import { people } from './people';
import { reviews } from './reviews';
import { contacts, goals, wellbeing } from './progress';
import { safeguarding } from './safeguarding';
import { service } from './service';
import { texts } from './texts';
import { triage } from './triage';

export { pathOf, type CallInput, type CallResult, type Endpoint, type Method } from './define';

/**
 * Every route of the HTTP API, by group. The server is checked against it, the console, the
 * app and the service worker call by entry, and docs/openapi.json is made from it.
 */
export const endpoints = {
  auth,
  caseworkers,
  people,
  goals,
  contacts,
  wellbeing,
  triage,
  notes,
  consent,
  safeguarding,
  texts,
  reviews,
  hospital,
  calendar,
  leave,
  device,
  service,
};

/** Every endpoint, in table order. */
export function allEndpoints(): Endpoint[] {
  return Object.values(endpoints).flatMap((group): Endpoint[] => Object.values(group));
}

/** The endpoint called `name` (`device.sendMessage`), or undefined if this version has none. */
export function endpointNamed(name: string): Endpoint | undefined {
  return allEndpoints().find((e) => e.name === name);
}
