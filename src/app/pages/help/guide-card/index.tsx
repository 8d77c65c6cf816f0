import { NATIONAL_CONTACTS, type GuideItem } from '#shared/guide';
import { Icon } from '../../../components/icon';
import { kindPictureSrc, pictureSrc, smsHref, telHref } from '#shared/guide-links';
import { callWords, closedCallWords, openingWords, textWords } from '#shared/guide-words';
import s from './style.module.css';

/**
 * One option in the picture guide: picture, when to use it, and a big call or text button. A
 * closed contact keeps its number (never removed), shown smaller below the opening time with
 * words on what happens if the person calls now, so the big buttons are for who can answer.
 */
export function GuideCard({
  item,
  now,
  heading: Heading = 'h3',
  picture,
  primary = false,
}: GuideCardProps) {
  const { contact, open } = item;
  const emergency = contact.kind === 'emergency';
  // The team may word a national card (when to call 111): then the words are the team's.
  const ourWords = NATIONAL_CONTACTS.some(
    (c) => c.id === contact.id && c.whenToUse === contact.whenToUse,
  );
  const status = openingWords(item, now);
  const tone = emergency ? s.emergency : open ? s.open : s.closed;
  const closed = !emergency && !open;
  // One green button per screen: the first action of the best open option.
  const look = (first: boolean) =>
    closed
      ? s.smallLink
      : `btn btn-block btn-main ${emergency ? 'btn-warning' : primary && first ? '' : 'btn-secondary'}`;
  return (
    <li class={`${s.card} ${tone}`} data-kind={contact.kind} data-open={String(open)}>
      <img
        class={s.picture}
        src={picture ?? pictureSrc(contact)}
        alt=""
        width={72}
        height={72}
        onError={(e) => {
          const img = e.currentTarget;
          const fallback = kindPictureSrc(contact);
          if (!img.src.endsWith(fallback)) img.src = fallback;
        }}
      />
      <div class={s.body}>
        {/* A service's own cards keep its own words and names, in any language. */}
        <Heading class={s.name} data-own-words={emergency ? undefined : ''}>
          {contact.name}
        </Heading>
        <p class={s.when} data-own-words={ourWords ? undefined : ''}>
          {contact.whenToUse}
        </p>
        {status && <p class={s.status}>{status}</p>}
        {closed && (contact.call || contact.text) && (
          <p class={s.closedCall}>{closedCallWords(item)}</p>
        )}
      </div>
      <div class={closed ? s.closedActions : s.actions}>
        {contact.call && (
          <a class={look(true)} href={telHref(contact.call)}>
            <Icon name="phone" class={s.icon} />
            {callWords(contact.call)}
          </a>
        )}
        {contact.text && (
          <a class={look(!contact.call)} href={smsHref(contact.text.number, contact.text.body)}>
            <Icon name="text" class={s.icon} />
            {textWords(contact.text)}
          </a>
        )}
      </div>
    </li>
  );
}

interface GuideCardProps {
  item: GuideItem;
  now: Date;
  heading?: 'h2' | 'h3';
  /** The screen's one green button goes on this card's first action. */
  primary?: boolean;
  /** A picture kept on the phone (the caseworker's photo), instead of `contact.picture`. */
  picture?: string;
}
