import type { ComponentType, FunctionComponent } from 'preact';
import { lazy, Route, Router } from 'preact-iso';
import { NotFound } from './components/not-found';
import { LockGate } from './pages/unlock/gate';
import HelpNow from './pages/help';
import Home from './pages/home';
import { catalogue } from '#shared/i18n';
import messages from './routes.messages.json' with { type: 'json' };

const t = catalogue('routes', messages);

// Help now and home are in the first load; the rest load on first use (and are precached by
// the service worker, so they open offline too). The journal editors (zod and the store) are
// loaded ahead once the worker has stored the app: see `editorsToWarm`, used by wiring/connect.ts.
const Feeling = lazy(() => import('./pages/journal/feeling'));
const Entry = lazy(() => import('./pages/journal/entry'));
/** The journal editors' code, loaded ahead of a tap on "Write how I'm feeling", one at a time. */
export const editorsToWarm = [() => Feeling.preload(), () => Entry.preload()] as const;
const Journal = lazy(() => import('./pages/journal'));
const Plan = lazy(() => import('./pages/plan'));
// Not behind the gate: it shows only what the person chose to show while locked.
const Professional = lazy(() => import('./pages/plan/professional'));
const Settings = lazy(() => import('./pages/settings'));
const Install = lazy(() => import('./pages/install'));
const Export = lazy(() => import('./pages/export'));
// The connection screens: only for a linked phone, so never in the first load.
const Pair = lazy(() => import('./pages/pair'));
const Messages = lazy(() => import('./pages/messages'));
const Share = lazy(() => import('./pages/share'));
// Goals, staying in touch and the check-in, each in its own chunk.
const Goals = lazy(() => import('./pages/goals'));
const Contacts = lazy(() => import('./pages/contacts'));
const CheckIn = lazy(() => import('./pages/check-in'));
// Calm: breathing and grounding work locked (like Help now); its own list waits for the lock.
const Calm = lazy(() => import('./pages/calm'));
const Hope = lazy(() => import('./pages/hope'));

/**
 * Screens with private words sit behind the app lock. Help now, Calm and Install never do; the
 * plan for professionals holds its own gate (what the person chose to show, or the unlock screen).
 */
function gated<P extends object>(Screen: ComponentType<P>): FunctionComponent<P> {
  return function Gated(props: P) {
    return (
      <LockGate>
        <Screen {...props} />
      </LockGate>
    );
  };
}

const GatedHome = gated(Home);
const GatedJournal = gated(Journal);
const GatedFeeling = gated(Feeling);
const GatedEntry = gated(Entry);
const GatedPlan = gated(Plan);
const GatedSettings = gated(Settings);
const GatedExport = gated(Export);
const GatedPair = gated(Pair);
const GatedMessages = gated(Messages);
const GatedShare = gated(Share);
const GatedGoals = gated(Goals);
const GatedContacts = gated(Contacts);
const GatedCheckIn = gated(CheckIn);
const GatedHope = gated(Hope);

const TITLES: ReadonlyArray<readonly [RegExp, keyof typeof messages]> = [
  [/^\/$/, 'home'],
  [/^\/help$/, 'help'],
  [/^\/calm$/, 'calm'],
  [/^\/journal$/, 'journal'],
  [/^\/journal\/feeling$/, 'feeling'],
  [/^\/journal\/entry\/[^/]+\/share$/, 'share'],
  [/^\/journal\/entry\//, 'entry'],
  [/^\/plan$/, 'plan'],
  [/^\/plan\/professional$/, 'professional'],
  [/^\/settings$/, 'settings'],
  [/^\/install$/, 'install'],
  [/^\/export$/, 'export'],
  [/^\/pair$/, 'pair'],
  [/^\/messages$/, 'messages'],
  [/^\/goals$/, 'goals'],
  [/^\/contacts$/, 'contacts'],
  [/^\/check-in$/, 'checkIn'],
  [/^\/hope$/, 'hope'],
];

/** The page title for a path: the screen's name, then the app's. */
export function titleFor(path: string): string {
  const screen = TITLES.find(([pattern]) => pattern.test(path))?.[1] ?? 'notFound';
  return t('title', { screen: t(screen) });
}

/** Every screen inside the shell. The neutral quick-hide screen lives outside it (see app/). */
export function Routes({ onRouteChange }: { onRouteChange?: (url: string) => void }) {
  return (
    <Router onRouteChange={onRouteChange}>
      <Route path="/" component={GatedHome} />
      <Route path="/help" component={HelpNow} />
      <Route path="/calm" component={Calm} />
      <Route path="/journal" component={GatedJournal} />
      <Route path="/journal/feeling" component={GatedFeeling} />
      <Route path="/journal/entry/:id" component={GatedEntry} />
      <Route path="/journal/entry/:id/share" component={GatedShare} />
      <Route path="/plan" component={GatedPlan} />
      <Route path="/plan/professional" component={Professional} />
      <Route path="/settings" component={GatedSettings} />
      <Route path="/install" component={Install} />
      <Route path="/export" component={GatedExport} />
      <Route path="/pair" component={GatedPair} />
      <Route path="/messages" component={GatedMessages} />
      <Route path="/goals" component={GatedGoals} />
      <Route path="/contacts" component={GatedContacts} />
      <Route path="/check-in" component={GatedCheckIn} />
      <Route path="/hope" component={GatedHope} />
      <Route default component={NotFound} />
    </Router>
  );
}
