import { LocationProvider, useLocation } from 'preact-iso';
import Hidden from '../pages/hidden';
import { Routes } from '../routes';
import { AppStateContext, type AppState } from '../state';
import { HIDDEN_PATH } from '../components/quick-hide/hide';
import { focusScreen, Shell } from '.';

function Root() {
  const { path } = useLocation();
  // The quick-hide screen must show nothing of the app, so it has no shell.
  if (path === HIDDEN_PATH) return <Hidden />;
  return (
    <Shell>
      <Routes onRouteChange={focusScreen} />
    </Shell>
  );
}

/** The whole app for one state. */
export function App({ state }: { state: AppState }) {
  return (
    <AppStateContext.Provider value={state}>
      <LocationProvider>
        <Root />
      </LocationProvider>
    </AppStateContext.Provider>
  );
}
