import type { ComponentChildren } from 'preact';
import { useAppState } from '../state';
import { UnlockScreen } from './unlock';

/**
 * Shows its children only when the journal can be read: no lock set, or unlocked. When locked it
 * shows the unlock screen instead, inside the shell, so Help now and 999 stay on screen.
 * (Activity for the auto-lock is reported by the shell: see components/shell/connect.ts.)
 */
export function LockGate(props: { children: ComponentChildren }) {
  const { lock } = useAppState();
  if (!lock.ready.value) return <p class="visually-hidden">Opening…</p>;
  if (lock.status.value === 'locked') return <UnlockScreen />;
  return <>{props.children}</>;
}
