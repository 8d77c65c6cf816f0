import { useSignal } from '@preact/signals';
import {
  alternativeNow,
  alternativeWords,
  supportKindOf,
  supportUsedWords,
} from '#shared/alternatives';
import type { GuideItem } from '#shared/guide';
import { NATIONAL_CONTACTS } from '#shared/guide';
import { weekOf } from '#shared/weeks';
import { useAppState } from '../../state';
import { firstName } from '../../store/profile-fields';
import { logSupport, supportNow, undoSupport } from '../../sync/support-used';
import { smsHref, telHref } from '#shared/guide-links';
import { textWords } from '#shared/guide-words';
import s from './style.module.css';

interface Props {
  now: Date;
  /** The heading level: h2 on its own screen, h3 inside the out-of-hours panel. */
  heading?: 'h2' | 'h3';
}

/**
 * Other support the person agreed to use instead of the team, the one open now first ("The
 * Lighthouse drop-in is open until 9pm tonight"), with one tap to say they used it. Nothing is
 * shown when no alternative was agreed. Logging works offline (the outbox) and never counts
 * as a contact with the team.
 */
export function AlternativeNow({ now, heading = 'h2' }: Props) {
  const state = useAppState();
  const said = useSignal('');
  const busy = useSignal(false);
  const lastTap = useSignal<string | null>(null);
  const profile = state.profile.value;
  const ids = profile?.contacts?.alternatives ?? [];
  if (!profile || ids.length === 0) return null;
  const guide = [...NATIONAL_CONTACTS, ...profile.guide];
  const found = alternativeNow(guide, ids, now);
  const name = firstName(profile.caseworker.name);
  const nameOf = (id: string) => guide.find((c) => c.id === id)?.name;
  const used = supportNow(profile.contacts?.supportUsed ?? [], state.sync.outbox.value, nameOf);
  const week = weekOf(now).key;
  const thisWeek = used.filter((u) => weekOf(new Date(u.at)).key === week).length;
  // What to offer: the open one, or else the 24/7 line to call meanwhile. Only an alternative
  // can be logged (the server refuses others), so the 24/7 line gets a call link, no log button.
  const offer: GuideItem | null = found.open ?? found.always;
  const loggable = found.open;
  const undoable = lastTap.value !== null && used.some((u) => u.id === lastTap.value);
  const Heading = heading;

  async function tap(item: GuideItem) {
    busy.value = true;
    try {
      const kind = supportKindOf(item.contact);
      lastTap.value = await logSupport(state, item.contact, kind);
      said.value = `Thank you for telling us. It does not count as a contact with ${name}.`;
    } finally {
      busy.value = false;
    }
  }

  async function undo() {
    const id = lastTap.value;
    if (!id) return;
    lastTap.value = null;
    await undoSupport(state, id);
    said.value = 'Taken back.';
  }

  return (
    <section class={s.box} aria-labelledby="alternative-title" data-testid="alternative">
      <Heading id="alternative-title" class={s.title}>
        Other support you can use
      </Heading>
      {found.open ? (
        <p class={s.words}>{alternativeWords(found.open, found.closes, now)}</p>
      ) : (
        <>
          {found.next && <p class={s.words}>{alternativeWords(found.next, null, now)}</p>}
          {found.always && <p>{found.always.contact.name} is there for you now, day or night.</p>}
        </>
      )}
      {offer?.contact.call && (
        <a class="btn btn-secondary btn-block" href={telHref(offer.contact.call)}>
          Call {offer.contact.name}: {offer.contact.call}
        </a>
      )}
      {offer?.contact.text && !offer.contact.call && (
        <a
          class="btn btn-secondary btn-block"
          href={smsHref(offer.contact.text.number, offer.contact.text.body)}
        >
          {textWords(offer.contact.text)}
        </a>
      )}
      {loggable && (
        <button
          type="button"
          class="btn btn-secondary btn-block"
          disabled={busy.value}
          onClick={() => void tap(loggable)}
        >
          {supportUsedWords(loggable.contact.name, supportKindOf(loggable.contact))}
        </button>
      )}
      <div role="status" class={s.said}>
        {said.value && <p>{said.value}</p>}
      </div>
      {undoable && (
        <button type="button" class="btn btn-secondary btn-block" onClick={() => void undo()}>
          Undo
        </button>
      )}
      {thisWeek > 0 && (
        <p class={s.count} data-testid="support-week">
          You used other support {thisWeek === 1 ? 'once' : `${thisWeek} times`} this week.
        </p>
      )}
    </section>
  );
}
