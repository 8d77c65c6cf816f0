import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Button } from './components/button';
import { Warning } from './components/layout';
import { Loading } from './components/load-failed';

/**
 * A screen whose code loads the first time it is opened, so signing in does not wait for every
 * screen of the console. While it loads, a polite "Loading ..." line; if it cannot load (the
 * connection dropped), a plain message and "Try again".
 */
export function lazyScreen<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (screen) => (loaded = screen),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  return function LazyScreen(props: P) {
    const [, setLoaded] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded || failed) return;
      let live = true;
      start().then(
        () => live && setLoaded((n) => n + 1),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed]);
    if (loaded) {
      const Screen = loaded;
      return <Screen {...props} />;
    }
    if (!failed) return <Loading what={what} />;
    return (
      <Warning>
        <p role="alert">This page could not be loaded. Check your connection and try again.</p>
        <Button variant="secondary" onClick={() => setFailed(false)}>
          Try again
        </Button>
      </Warning>
    );
  };
}
