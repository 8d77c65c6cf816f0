import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { NATIONAL_CONTACTS } from '#shared/guide';
import type { PersonSummary } from '#shared/schemas/api';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS, type FieldTarget } from '../../../errors';
import { useLoad } from '../../../use-load';
import { windowInputId } from '../weekly-windows';
import { DAY_NAMES, DAYS } from '../weekly-windows/model';
import { ContactFields, contactIds } from './contact-fields';
import { newContact, toContactDraft, toContacts, type ContactDraft } from './model';
import { NHS111_ID, Nhs111Wording } from './nhs111';
import { Photo } from './photo';
import styles from './style.module.css';

const KIND_TITLE: Record<ContactDraft['kind'], string> = {
  gp: 'GP surgery',
  caseworker: 'You, their caseworker',
  local: 'Local service',
};

function describe(draft: ContactDraft): string {
  return draft.name.trim() || KIND_TITLE[draft.kind];
}

/** Maps `2.call`, `0.text.number`, `1.hours.weekly.3.start` to the input that shows it. */
function fieldFor(drafts: ContactDraft[], weekKeys: string[][]) {
  return (path: string): FieldTarget | undefined => {
    if (path === 'nhs111Wording') return { id: NHS111_ID, where: 'NHS 111 card' };
    const [index, field, sub, windowIndex, part] = path.replace(/^contacts\./, '').split('.');
    const draft = drafts[Number(index)];
    if (!draft) return undefined;
    const ids = contactIds(draft.key);
    const where = describe(draft);
    if (field === 'name') return { id: ids.name, where: `${where}, name` };
    if (field === 'whenToUse') return { id: ids.whenToUse, where: `${where}, when to use it` };
    if (field === 'call') return { id: ids.call, where: `${where}, number to call` };
    if (field === 'text') return { id: ids.textNumber, where: `${where}, number to text` };
    if (field === 'hours' && sub === 'weekly' && (part === 'start' || part === 'end')) {
      const key = weekKeys[Number(index)]?.[Number(windowIndex)];
      const day = DAYS.find((d) => draft.week[d].some((r) => r.key === key));
      if (key && day) {
        return { id: windowInputId(ids.week, key, part), where: `${where}, ${DAY_NAMES[day]}` };
      }
    }
    return undefined;
  };
}

/** The person's own "who to call": GP, their caseworker and local services. */
export function GuideEditor({ person }: { person: PersonSummary }) {
  const { api, session } = useConsole();
  const [drafts, setDrafts] = useState<ContactDraft[]>([]);
  const [wording, setWording] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  /** Counts saves, so the photo section starts afresh (its "press Save" note is done). */
  const [saves, setSaves] = useState(0);
  const [busy, setBusy] = useState(false);
  const [loaded, reload] = useLoad(
    async (signal) => {
      const [guide, nhs111] = await Promise.all([
        api.call(endpoints.people.guide, { params: { personId: person.id } }, signal),
        api.call(endpoints.people.nhs111Wording, { params: { personId: person.id } }, signal),
      ]);
      setDrafts(guide.map(toContactDraft));
      setWording(nhs111.wording ?? '');
      return guide;
    },
    [person.id],
  );

  const gp = drafts.find((d) => d.kind === 'gp');
  const caseworker = drafts.find((d) => d.kind === 'caseworker');
  const locals = drafts.filter((d) => d.kind === 'local');

  function replace(draft: ContactDraft) {
    setDrafts(drafts.map((d) => (d.key === draft.key ? draft : d)));
  }

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(false);
    setBusy(true);
    // The order sent is the order shown: GP, caseworker, then local services.
    const ordered = [gp, caseworker, ...locals].filter((d): d is ContactDraft => d !== undefined);
    const { contacts, weekKeys } = toContacts(ordered);
    try {
      if (caseworker) {
        const hours = await api.call(endpoints.people.hours, { params: { personId: person.id } });
        for (const contact of contacts) if (contact.kind === 'caseworker') contact.hours = hours;
      }
      // One request for both, so the contacts and the 111 words are saved together or not at all.
      const body = { contacts, nhs111Wording: wording.trim() || null };
      const result = await api.call(endpoints.people.setGuide, {
        params: { personId: person.id },
        body,
      });
      setDrafts(result.map(toContactDraft));
      setErrors(NO_ERRORS);
      setSaved(true);
      setSaves((n) => n + 1);
    } catch (error) {
      setErrors(formErrors(error, fieldFor(ordered, weekKeys)));
    } finally {
      setBusy(false);
    }
  }

  if (loaded.state === 'loading') return <Loading what="the guide" />;
  if (loaded.state === 'failed') return <LoadFailed failure={loaded.failure} retry={reload} />;

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>The guide is saved. Their phone gets it next time it updates.</p>
        </Notice>
      ) : null}
      <p class={styles.intro}>
        The app shows who to call, with pictures, and puts first whoever is open now. 999 is always
        at the top.
      </p>
      <h2>Numbers everyone gets</h2>
      <p class={styles.intro}>
        These numbers are the same for everyone and cannot be changed. For NHS 111 you can change
        the words on the card.
      </p>
      <ul class={styles.national}>
        {NATIONAL_CONTACTS.filter((contact) => contact.kind !== 'nhs111').map((contact) => (
          <li key={contact.id}>
            <strong>{contact.name}</strong>: {contact.whenToUse}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} noValidate>
        <Nhs111Wording value={wording} onInput={setWording} error={errors.fields[NHS111_ID]} />
        <h2>Their GP</h2>
        {gp ? (
          <section class={styles.contact} aria-label="GP surgery">
            <ContactFields draft={gp} onChange={replace} errors={errors.fields} />
            <Button variant="secondary" onClick={() => setDrafts(drafts.filter((d) => d !== gp))}>
              Remove the GP
            </Button>
          </section>
        ) : (
          <Button
            variant="secondary"
            onClick={() => setDrafts([...drafts, newContact('gp', person.caseworkerName)])}
          >
            Add their GP
          </Button>
        )}
        <h2>You, their caseworker</h2>
        {caseworker ? (
          <section class={styles.contact} aria-label="Caseworker">
            <ContactFields draft={caseworker} onChange={replace} errors={errors.fields} />
            <Photo
              key={saves}
              picture={caseworker.picture}
              onPicture={(picture) => replace({ ...caseworker, picture })}
              canUpload={session.value?.caseworker.id === person.caseworkerId}
              caseworkerName={person.caseworkerName}
              personName={person.displayName}
            />
            <Button
              variant="secondary"
              onClick={() => setDrafts(drafts.filter((d) => d !== caseworker))}
            >
              Remove the caseworker
            </Button>
          </section>
        ) : (
          <Button
            variant="secondary"
            onClick={() => setDrafts([...drafts, newContact('caseworker', person.caseworkerName)])}
          >
            Add your contact number
          </Button>
        )}
        <h2>Local services</h2>
        {locals.length === 0 ? <p>No local services yet.</p> : null}
        {locals.map((draft, index) => (
          <section class={styles.contact} key={draft.key} aria-label={`Local service ${index + 1}`}>
            <h3>{describe(draft)}</h3>
            <ContactFields draft={draft} onChange={replace} errors={errors.fields} />
            <Button
              variant="secondary"
              hiddenSuffix={`(${describe(draft)})`}
              onClick={() => setDrafts(drafts.filter((d) => d !== draft))}
            >
              Remove this service
            </Button>
          </section>
        ))}
        <div>
          <Button
            variant="secondary"
            onClick={() => setDrafts([...drafts, newContact('local', person.caseworkerName)])}
          >
            Add a local service
          </Button>
        </div>
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the guide'}
        </Button>
      </form>
    </>
  );
}
