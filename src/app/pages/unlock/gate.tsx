import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../../state';
import { catalogue } from '#shared/i18n';
import messages from './unlock-gate.messages.json' with { type: 'json' };

const t = catalogue('unlock-gate', messages);

/** The unlock screen is not in the first load: most people set no lock. Loaded once, kept. */
let UnlockScreen: ComponentType | null = null;
let loading: Promise<void> | null = null;
function loadUnlockScreen(): Promise<void> {
  loading ??= import('.').then(
    (m) => {
      UnlockScreen = m.UnlockScreen;
    },
    () => {
      loading = null; // offline before the service worker had it: try again on the next render
    },
  );
  return loading;
}

// A screen's height held while opening, so the footer is not drawn in view and then pushed
// down when the screen arrives (a layout shift on every cold start of the home screen).
// A function, not a constant element: its words are read in the person's language as it draws.
const opening = () => (
  <div class="screen-opening">
    <p class="visually-hidden">{t('opening')}</p>
  </div>
);

/**
 * Shows its children only when the journal can be read: no lock set, or unlocked. When locked it
 * shows the unlock screen instead, inside the shell, so Help now and 999 stay on screen. Until
 * the lock settings and (when locked) the unlock screen's code are loaded it shows nothing
 * private: only a hidden "Opening…".
 * (Activity for the auto-lock is reported by the shell: see wiring/connect.ts.)
 */
export function LockGate(props: { children: ComponentChildren }) {
  const { lock } = useAppState();
  const [, setLoaded] = useState(false);
  // A lock is set (locked or not): fetch the unlock screen now, so an auto-lock shows it at once.
  const needed = lock.ready.value && (lock.kind.value !== null || lock.status.value === 'locked');
  useEffect(() => {
    if (needed && !UnlockScreen) void loadUnlockScreen().then(() => setLoaded(true));
  }, [needed]);
  if (!lock.ready.value) return opening();
  if (lock.status.value === 'locked') return UnlockScreen ? <UnlockScreen /> : opening();
  return <>{props.children}</>;
}
