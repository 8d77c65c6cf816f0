import type { ComponentType, FunctionComponent } from 'preact';
import { lazy, Route, Router } from 'preact-iso';
import { NotFound } from './components/not-found';
import { LockGate } from './lock/gate';
import Entry from './pages/entry';
import Feeling from './pages/feeling';
import HelpNow from './pages/help';
import Home from './pages/home';

// Help now, home and the journal editor are in the first load; the rest load on first use
// (and are precached by the service worker, so they open offline too).
const Journal = lazy(() => import('./pages/journal'));
const Plan = lazy(() => import('./pages/plan'));
const Settings = lazy(() => import('./pages/settings'));
const Install = lazy(() => import('./pages/install'));
const Export = lazy(() => import('./pages/export'));
// The connection screens: only for a linked phone, so never in the first load.
const Pair = lazy(() => import('./pages/pair'));
const Messages = lazy(() => import('./pages/messages'));
const Share = lazy(() => import('./pages/share'));

/** Screens with private words sit behind the app lock. Help now and Install never do. */
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

const TITLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/$/, 'Home'],
  [/^\/help$/, 'Help now'],
  [/^\/journal$/, 'My journal'],
  [/^\/journal\/feeling$/, "How I'm feeling"],
  [/^\/journal\/entry\/[^/]+\/share$/, 'Share an entry'],
  [/^\/journal\/entry\//, 'Journal entry'],
  [/^\/plan$/, 'My plan'],
  [/^\/settings$/, 'Settings'],
  [/^\/install$/, 'Add to home screen'],
  [/^\/export$/, 'My data'],
  [/^\/pair$/, 'Link my phone'],
  [/^\/messages$/, 'Messages'],
];

/** The page title for a path: the screen's name, then the app's. */
export function titleFor(path: string): string {
  const screen = TITLES.find(([pattern]) => pattern.test(path))?.[1] ?? 'Page not found';
  return `${screen} – My support`;
}

/** Every screen inside the shell. The neutral quick-hide screen lives outside it (see app/). */
export function Routes({ onRouteChange }: { onRouteChange?: (url: string) => void }) {
  return (
    <Router onRouteChange={onRouteChange}>
      <Route path="/" component={GatedHome} />
      <Route path="/help" component={HelpNow} />
      <Route path="/journal" component={GatedJournal} />
      <Route path="/journal/feeling" component={GatedFeeling} />
      <Route path="/journal/entry/:id" component={GatedEntry} />
      <Route path="/journal/entry/:id/share" component={GatedShare} />
      <Route path="/plan" component={GatedPlan} />
      <Route path="/settings" component={GatedSettings} />
      <Route path="/install" component={Install} />
      <Route path="/export" component={GatedExport} />
      <Route path="/pair" component={GatedPair} />
      <Route path="/messages" component={GatedMessages} />
      <Route default component={NotFound} />
    </Router>
  );
}
