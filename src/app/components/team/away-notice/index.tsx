import type { DeviceProfile } from '#shared/schemas/api';
import { awayNow } from '../../../store/profile-fields';
import { useNow } from '../../use-now';
import s from './style.module.css';

/**
 * "Sam is away until Friday 11 December. Jo is looking after you until Sam is back." Shown
 * only while the leave is on, worked out on the phone from the kept profile (so offline too).
 */
export function AwayNotice({ profile }: { profile: DeviceProfile }) {
  const now = useNow().value;
  const away = awayNow(profile, now);
  if (!away) return null;
  return (
    <p class={s.away} data-testid="away-notice">
      {away.words}
    </p>
  );
}
