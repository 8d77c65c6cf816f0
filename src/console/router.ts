import { signal, type ReadonlySignal } from '@preact/signals';

/** The console's screens. The hash holds the route, so a reload or a sign-in keeps your place. */
export type Route =
  | { name: 'caseload' }
  | { name: 'today' }
  | { name: 'add-person' }
  | { name: 'person'; personId: string; tab: PersonTab }
  | { name: 'caseworkers' }
  | { name: 'add-caseworker' }
  | { name: 'audit' }
  | { name: 'outcomes' }
  | { name: 'hospital-import' }
  | { name: 'working-hours' }
  | { name: 'calendar' }
  | { name: 'review-points' }
  | { name: 'safeguarding' }
  | { name: 'leave' }
  | { name: 'not-found' };

export const PERSON_TABS = [
  'overview',
  'journal',
  'notes',
  'week',
  'messages',
  'goals',
  'reviews',
  'contact',
  'wellbeing',
  'plan',
  'routine',
  'hours',
  'guide',
  'paper',
  'consent',
  'texts',
  'safeguarding',
  'hospital',
] as const;
export type PersonTab = (typeof PERSON_TABS)[number];

export function isPersonTab(value: string): value is PersonTab {
  return PERSON_TABS.some((tab) => tab === value);
}

/** Reads a route from `#/people/<id>/plan` and friends. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  const parts = path.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: 'caseload' };
  if (first === 'people' && second === 'new' && parts.length === 2) return { name: 'add-person' };
  if (first === 'people' && second && /^[0-9a-f-]{36}$/i.test(second)) {
    const tab = third ?? 'overview';
    if (parts.length <= 3 && isPersonTab(tab)) return { name: 'person', personId: second, tab };
  }
  if (first === 'caseworkers' && parts.length === 1) return { name: 'caseworkers' };
  if (first === 'caseworkers' && second === 'new' && parts.length === 2) {
    return { name: 'add-caseworker' };
  }
  if (first === 'today' && parts.length === 1) return { name: 'today' };
  if (first === 'audit' && parts.length === 1) return { name: 'audit' };
  if (first === 'outcomes' && parts.length === 1) return { name: 'outcomes' };
  if (first === 'outcomes' && second === 'import' && parts.length === 2) {
    return { name: 'hospital-import' };
  }
  if (first === 'my-hours' && parts.length === 1) return { name: 'working-hours' };
  if (first === 'calendar' && parts.length === 1) return { name: 'calendar' };
  if (first === 'review-points' && parts.length === 1) return { name: 'review-points' };
  if (first === 'safeguarding' && parts.length === 1) return { name: 'safeguarding' };
  if (first === 'leave' && parts.length === 1) return { name: 'leave' };
  return { name: 'not-found' };
}

/** The href for a route, e.g. `#/people/<id>/hours`. */
export function href(route: Route): string {
  switch (route.name) {
    case 'caseload':
    case 'not-found':
      return '#/';
    case 'today':
      return '#/today';
    case 'add-person':
      return '#/people/new';
    case 'person':
      return route.tab === 'overview'
        ? `#/people/${route.personId}`
        : `#/people/${route.personId}/${route.tab}`;
    case 'caseworkers':
      return '#/caseworkers';
    case 'add-caseworker':
      return '#/caseworkers/new';
    case 'audit':
      return '#/audit';
    case 'outcomes':
      return '#/outcomes';
    case 'hospital-import':
      return '#/outcomes/import';
    case 'working-hours':
      return '#/my-hours';
    case 'calendar':
      return '#/calendar';
    case 'review-points':
      return '#/review-points';
    case 'safeguarding':
      return '#/safeguarding';
    case 'leave':
      return '#/leave';
  }
}

export type Router = { route: ReadonlySignal<Route>; go: (route: Route) => void };

/** Follows `location.hash`; moving to a new screen puts focus back at the top of the page. */
export function createRouter(): Router {
  const route = signal(parseHash(location.hash));
  addEventListener('hashchange', () => {
    // Let the new screen's heading take focus (see PageHeading).
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    route.value = parseHash(location.hash);
    scrollTo(0, 0);
  });
  return {
    route,
    go: (next) => {
      location.hash = href(next);
    },
  };
}
