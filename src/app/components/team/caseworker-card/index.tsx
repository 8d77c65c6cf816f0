import type { DeviceProfile } from '#shared/schemas/api';
import { isOpen, nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import { useAppState } from '../../../state';
import { useNow } from '../../use-now';
import { exceptionLines, weeklyLines } from '#shared/hours-words';
import { agreedHours, firstName } from '../../../store/profile-fields';
import { catalogue } from '#shared/i18n';
import messages from './caseworker-card.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('caseworker-card', messages);

/** "Sam, your caseworker, is working now." or "… is back at 9am on Monday." */
export function availabilityWords(profile: DeviceProfile, now: Date): string {
  const name = firstName(profile.caseworker.name);
  const hours = agreedHours(profile, now);
  if (isOpen(hours, now)) return t('workingNow', { name });
  const opens = nextOpening(hours, now);
  return opens ? t('backAt', { name, when: describeWhen(opens, now) }) : t('awayForNow', { name });
}

/**
 * Who the person's caseworker is: photo (kept on the phone) or a picture, name, service, and
 * their agreed hours in plain words.
 */
export function CaseworkerCard({ profile, heading = 'h2' }: Props) {
  const { sync } = useAppState();
  const now = useNow().value;
  const Heading = heading;
  const name = firstName(profile.caseworker.name);
  // Bank holidays and team closures show as coming changes, as the phone works them out.
  const changes = exceptionLines(agreedHours(profile, now), now);
  return (
    <section class={`card ${s.card}`} aria-labelledby="caseworker-name">
      <div class={s.who}>
        <img
          class={s.photo}
          src={sync.photoUrl.value ?? '/pictures/caseworker.svg'}
          alt={sync.photoUrl.value ? t('photoOf', { name: profile.caseworker.name }) : ''}
          width={96}
          height={96}
        />
        <div>
          <Heading id="caseworker-name" class={s.name} data-own-words>
            {profile.caseworker.name}
          </Heading>
          <p class={s.role}>{t('role', { service: profile.service.name })}</p>
        </div>
      </div>
      <h3 class={s.subhead}>{t('whenContact', { name })}</h3>
      <ul class={s.hours}>
        {weeklyLines(profile.hours).map((line) => (
          <li key={line}>{line}</li>
        ))}
        {changes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class={s.now}>{availabilityWords(profile, now)}</p>
    </section>
  );
}

interface Props {
  profile: DeviceProfile;
  heading?: 'h1' | 'h2';
}
