import { useEffect, useState } from 'preact/hooks';
import { useConsole } from '../context';
import styles from './style.module.css';

/** A short blip is not worth a message; a drop longer than this is. */
const SHOW_AFTER_MS = 4000;

/**
 * Says so when live updates have stopped, so the caseworker never takes a stale page for a
 * current one. Nothing is shown while all is well.
 */
export function LiveStatusLine() {
  const { live } = useConsole();
  const retrying = live.status.value === 'retrying';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!retrying) return setShown(false);
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [retrying]);
  return (
    <div role="status" class={shown ? styles.paused : undefined}>
      {shown
        ? 'Live updates have paused while we reconnect. New messages and entries will appear when the connection is back.'
        : null}
    </div>
  );
}
