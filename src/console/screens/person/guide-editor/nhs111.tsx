import { NATIONAL_CONTACTS } from '#shared/guide';
import { TextArea } from '../../../components/field';
import styles from './style.module.css';

export const NHS111_ID = 'nhs111-wording';
const NHS111 = NATIONAL_CONTACTS.find((c) => c.kind === 'nhs111');
/** What the 111 card says when no local wording is set. */
export const NHS111_DEFAULT = NHS111?.whenToUse ?? '';

type Props = { value: string; onInput: (value: string) => void; error?: string };

/**
 * The words on the person's NHS 111 card, for the local way 111 works. Only the words: the
 * number is always 111 and is not an input at all.
 */
export function Nhs111Wording({ value, onInput, error }: Props) {
  return (
    <section class={styles.contact} aria-labelledby="nhs111-title">
      <h3 id="nhs111-title">NHS 111: when to call</h3>
      <p>
        The number is always <strong>111</strong> (option 2 for mental health). It cannot be
        changed. You can change the words on the card, for example to say how 111 works in your
        area.
      </p>
      <TextArea
        id={NHS111_ID}
        label="Words on the NHS 111 card (optional)"
        hint={`Leave this empty to use the usual words: “${NHS111_DEFAULT}” Up to 300 characters.`}
        value={value}
        onInput={onInput}
        error={error}
        rows={3}
      />
    </section>
  );
}
