import { arrangeGuide, NATIONAL_CONTACTS } from '#shared/guide';
import { londonParts } from '#shared/london';
import { useRef } from 'preact/hooks';
import { ReadAloud } from '../../components/read-aloud';
import { useAppState } from '../../state';
import { useNow } from '../../components/use-now';
import { guideWithCover } from '#shared/cover';
import { awayNow, calendarOf, caseworkerPhoto, nhs111Wording } from '../../store/profile-fields';
import { GuideCard } from './guide-card';
import { catalogue } from '#shared/i18n';
import messages from './help.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('help', messages);

function isNight(now: Date): boolean {
  const { hour } = londonParts(now);
  return hour >= 20 || hour < 8;
}

/**
 * Help now: the picture guide of whom to call, arranged for this minute. 999 is always first;
 * open options come before closed ones; closed ones say when they open and stay in the list.
 * Works before pairing (national numbers only), offline and while the app is locked.
 */
export default function HelpNow() {
  const state = useAppState();
  const page = useRef<HTMLDivElement>(null);
  const now = useNow().value;
  // While locked only the Help now part of the profile can be read (store/profile.ts).
  const profile = state.profile.value ?? state.helpNow.value;
  // While the caseworker is away their card names who covers, with the cover's number.
  const away = awayNow(profile, now);
  const local = guideWithCover(profile?.guide ?? [], away?.leave, away?.words ?? '');
  // The team may word when to call 111 for their area; the number never changes.
  const wording = nhs111Wording(profile);
  const national = wording
    ? NATIONAL_CONTACTS.map((c) => (c.kind === 'nhs111' ? { ...c, whenToUse: wording } : c))
    : NATIONAL_CONTACTS;
  // The caseworker's photo needs the phone's token to download: show the copy kept on the phone.
  const photo = caseworkerPhoto(profile);
  const kept = state.sync.photoUrl.value;
  const pictureOf = (picture: string) => (kept && picture === photo ? kept : undefined);
  const [first, ...rest] = arrangeGuide([...national, ...local], now, calendarOf(profile));
  const open = rest.filter((i) => i.open);
  const closed = rest.filter((i) => !i.open);

  return (
    <div class={s.page} ref={page}>
      <h1>{t('title')}</h1>
      <p class={s.lead}>{t('lead')}</p>

      <ul class={s.list} aria-label={t('emergency')}>
        {first && <GuideCard item={first} now={now} heading="h2" />}
      </ul>

      <h2>{t('openNow')}</h2>
      {isNight(now) && <p class={s.note}>{t('late')}</p>}
      <ul class={s.list}>
        {open.map((item, i) => (
          <GuideCard
            key={item.contact.id}
            item={item}
            now={now}
            primary={i === 0}
            picture={pictureOf(item.contact.picture)}
          />
        ))}
      </ul>

      {closed.length > 0 && (
        <>
          <h2>{t('closedNow')}</h2>
          <ul class={s.list}>
            {closed.map((item) => (
              <GuideCard
                key={item.contact.id}
                item={item}
                now={now}
                picture={pictureOf(item.contact.picture)}
              />
            ))}
          </ul>
        </>
      )}
      {/* After the numbers: calling comes first; this is for while you wait, or instead. */}
      <ul class={s.calm}>
        <li>
          <a href="/calm">{t('calm')}</a>
        </li>
        <li>
          <a href="/hope">{t('hope')}</a>
        </li>
      </ul>
      {/* Last on the screen: the boot screen draws everything above it, and must not move. */}
      <ReadAloud target={page} />
      <p class={s.professional}>
        <a href="/plan/professional">{t('professional')}</a>
      </p>
    </div>
  );
}
