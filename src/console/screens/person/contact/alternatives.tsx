import { useState } from 'preact/hooks';
import { canBeAlternative } from '#shared/alternatives';
import { endpoints } from '#shared/endpoints';
import { NATIONAL_CONTACTS } from '#shared/guide';
import type { ContactsView, SupportUsed } from '#shared/schemas/contact';
import { MAX_ALTERNATIVES } from '#shared/schemas/contact';
import type { GuideContact } from '#shared/schemas/guide';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Card, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Cell, Table } from '../../../components/table';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { count, whenShort } from '../../../format';
import { useLoad } from '../../../use-load';
import styles from './style.module.css';

const HOW_WORDS: Record<SupportUsed['kind'], string> = {
  call: 'Called',
  text: 'Texted',
  visit: 'Went there',
};

type Props = {
  personId: string;
  personName: string;
  view: ContactsView;
  onChange: (view: ContactsView) => void;
};

/**
 * Other support the target points to ("use the drop-in instead"): cards from the person's own
 * Help now guide. Their phone suggests the one open now and lets them say they used it.
 */
export function Alternatives({ personId, personName, view, onChange }: Props) {
  const { api } = useConsole();
  const [guide] = useLoad(
    (signal) => api.call(endpoints.people.guide, { params: { personId } }, signal),
    [personId],
  );
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  if (guide.state === 'loading') return <Loading what="their guide" />;
  if (guide.state === 'failed') return <LoadFailed failure={guide.failure} />;

  const cards: GuideContact[] = [...NATIONAL_CONTACTS, ...guide.data].filter(canBeAlternative);
  const picked = chosen ?? view.alternatives;

  function toggle(id: string, on: boolean) {
    setSaved(false);
    setChosen(on ? [...picked, id] : picked.filter((p) => p !== id));
  }

  async function save(event: Event) {
    event.preventDefault();
    if (picked.length > MAX_ALTERNATIVES) {
      return setErrors(
        localErrors([[`alt-${cards[0]?.id ?? ''}`, `Choose up to ${MAX_ALTERNATIVES}`]]),
      );
    }
    setBusy(true);
    try {
      const next = await api.call(endpoints.contacts.setAlternatives, {
        params: { personId },
        body: { guideContactIds: picked },
      });
      setErrors(NO_ERRORS);
      setChosen(null);
      setSaved(true);
      onChange(next);
    } catch (error) {
      setErrors(formErrors(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card labelledBy="alternatives-title">
      <h2 id="alternatives-title">Other support instead</h2>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>Saved. Their phone suggests these next time it updates.</p>
        </Notice>
      ) : null}
      <form onSubmit={save} noValidate>
        <fieldset class={styles.checks}>
          <legend>
            Which support from {personName}’s guide can they use instead of contacting you?
          </legend>
          <p class={styles.muted}>
            Their phone suggests one that is open at the time, in the order you tick them. Add local
            places on the Who to call tab.
          </p>
          {cards.map((card) => (
            <div class={styles.check} key={card.id}>
              <input
                type="checkbox"
                id={`alt-${card.id}`}
                checked={picked.includes(card.id)}
                onChange={(e) => toggle(card.id, e.currentTarget.checked)}
              />
              <label for={`alt-${card.id}`}>{card.name}</label>
            </div>
          ))}
        </fieldset>
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? 'Saving…' : 'Save other support'}
        </Button>
      </form>
    </Card>
  );
}

/** Support the person said they used instead of the team: never counted as a contact. */
export function SupportUsedList({ used, personName }: { used: SupportUsed[]; personName: string }) {
  const sorted = [...used].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="support-used-title">
      <h2 id="support-used-title">Other support used in the last 12 weeks</h2>
      <p class={styles.intro}>
        {personName} tells you here when they used other support instead. These are not counted as
        contacts with you.
      </p>
      {sorted.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <Table
          caption={count(sorted.length, 'time', 'times')}
          captionHidden
          headings={['When', 'Support', 'How']}
        >
          {sorted.map((u) => (
            <tr key={u.id} data-testid="support-used-row">
              <Cell label="When" header>
                {whenShort(u.at)}
              </Cell>
              <Cell label="Support">{u.name}</Cell>
              <Cell label="How">{HOW_WORDS[u.kind]}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
