import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { entryReplyOpening } from '#shared/entry-reply';
import type { SharedJournalEntry } from '#shared/schemas/journal';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Notice } from '../../../components/layout';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { focusById } from '../../../focus';
import { uuid } from '../guide-editor/model';
import styles from './style.module.css';

type Props = { personId: string; personName: string; shared: SharedJournalEntry };

/**
 * "Reply" on a shared entry: a message box whose reply goes to the message thread. The server
 * starts it with the day the entry was written; the box shows that opening so nothing surprises.
 */
export function EntryReply({ personId, personName, shared }: Props) {
  const { api } = useConsole();
  const [open, setOpen] = useState(false);
  const [words, setWords] = useState('');
  const [id, setId] = useState(uuid);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const boxId = `reply-${shared.id}`;
  const opening = entryReplyOpening(new Date(shared.entry.createdAt), new Date());

  async function send(event: Event) {
    event.preventDefault();
    if (!words.trim()) return setErrors(localErrors([[boxId, 'Enter your reply']]));
    setBusy(true);
    try {
      await api.call(endpoints.people.reply, {
        params: { personId },
        body: { id, body: words.trim(), aboutEntryId: shared.id },
      });
      setErrors(NO_ERRORS);
      setSent(true);
      setOpen(false);
      setWords('');
      setId(uuid());
      requestAnimationFrame(() => focusById(`${boxId}-sent`));
    } catch (error) {
      setErrors(formErrors(error, (path) => (path === 'body' ? boxId : undefined)));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <>
        {sent ? (
          <div id={`${boxId}-sent`} tabIndex={-1} class={styles.replySent}>
            <Notice>
              <p>Your reply is in your messages with {personName}.</p>
            </Notice>
          </div>
        ) : null}
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(true);
            setSent(false);
            requestAnimationFrame(() => focusById(boxId));
          }}
          hiddenSuffix={`to the entry written ${opening.replace(/^About your entry from |: $/g, '')}`}
        >
          Reply
        </Button>
      </>
    );
  }
  return (
    <form class={styles.reply} onSubmit={send} noValidate>
      <ErrorSummary errors={errors.summary} />
      <TextArea
        id={boxId}
        label="Your reply"
        hint={`It goes to your messages with ${personName} and starts “${opening.trim()}”. It does not repeat what they wrote.`}
        rows={4}
        value={words}
        onInput={setWords}
        error={errors.fields[boxId]}
      />
      <div class={styles.replyButtons}>
        <Button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send reply'}
        </Button>
        <Button variant="link" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
