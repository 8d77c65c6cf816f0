import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useAppState } from '../../state';
import { collectExport, type ExportData } from '../../store/export';
import { EntryDetails } from '../journal/entry/details';
import { groupByDay, londonTime } from '../journal/days';
import { nhsDayTime } from '#shared/time-words';
import { PlanSections } from '../plan';
import { downloadExport } from './download';
import s from './style.module.css';
import { ErrorMessage } from '../../../ui/error-message';

/** All my data on one readable, printable page, and as a file to keep. */
export default function Export() {
  const { lock } = useAppState();
  const data = useSignal<ExportData | null>(null);
  const problem = useSignal(false);

  useEffect(() => {
    let live = true;
    collectExport(lock)
      .then((d) => {
        if (live) data.value = d;
      })
      .catch(() => {
        if (live) problem.value = true;
      });
    return () => {
      live = false;
    };
  }, [lock]);

  if (problem.value)
    return (
      <ErrorMessage standalone>
        Sorry, your data could not be gathered. Please try again.
      </ErrorMessage>
    );
  if (!data.value) return <p>Gathering your data…</p>;
  const d = data.value;
  const checkInWords = (c: ExportData['checkIns'][number]) =>
    [
      `Satisfied: ${c.answers.satisfied ?? 'skipped'}`,
      `Worthwhile: ${c.answers.worthwhile ?? 'skipped'}`,
      `Happy: ${c.answers.happy ?? 'skipped'}`,
      `Anxious: ${c.answers.anxious ?? 'skipped'}`,
      `Lonely: ${c.answers.lonely?.replace(/-/g, ' ') ?? 'skipped'}`,
    ].join(' · ');
  const plan = d.plans.synced ?? d.plans.own;
  const now = new Date();

  return (
    <div class={s.page}>
      <h1>My data</h1>
      <p>Everything this app keeps on this phone. Made on {nhsDayTime(new Date(d.exportedAt))}.</p>
      <div class={s.actions}>
        <button type="button" class="btn btn-block" onClick={() => window.print()}>
          Print this page or save it as a PDF
        </button>
        <button type="button" class="btn btn-secondary btn-block" onClick={() => downloadExport(d)}>
          Download it as a file
        </button>
        <p class="hint">The file is saved on this phone. It is not sent anywhere.</p>
      </div>

      <h2>My plan</h2>
      {plan ? <PlanSections plan={plan} level={3} /> : <p>No plan written yet.</p>}
      {d.plans.synced && d.plans.own && (
        <>
          <h2>The plan I wrote on this phone</h2>
          <PlanSections plan={d.plans.own} level={3} />
        </>
      )}

      <h2>My journal</h2>
      {d.entries.length === 0 && <p>Nothing written yet.</p>}
      {groupByDay(d.entries, now).map((group) => (
        <section key={group.day} class={s.day}>
          <h3>{group.label}</h3>
          {group.items.map((entry) => (
            <article key={entry.id} class={s.entry}>
              <h4 class={s.entryTitle}>
                {londonTime(new Date(entry.createdAt))} ·{' '}
                {entry.kind === 'feeling' ? 'How I was feeling' : 'Note'}
              </h4>
              <EntryDetails entry={entry} />
            </article>
          ))}
        </section>
      ))}

      {d.messages.length > 0 && (
        <>
          <h2>Messages</h2>
          {d.messages.map((m) => (
            <article key={m.id} class={s.entry}>
              <h3 class={s.entryTitle}>
                {m.from === 'person' ? 'Me' : 'My caseworker'} · {nhsDayTime(new Date(m.sentAt))}
              </h3>
              {m.photoDataUrl && (
                <img class={s.photo} src={m.photoDataUrl} alt="The photo I sent" />
              )}
              {m.body && <p class={s.draftText}>{m.body}</p>}
            </article>
          ))}
        </>
      )}

      {d.hopeBox.length > 0 && (
        <>
          <h2>My hope box</h2>
          {d.hopeBox.map((item) => (
            <article key={item.id} class={s.entry} data-testid="export-hope">
              <h3 class={s.entryTitle}>{nhsDayTime(new Date(item.createdAt))}</h3>
              {item.photoDataUrl && (
                <img
                  class={s.photo}
                  src={item.photoDataUrl}
                  alt={item.note ? '' : 'A photo in my hope box'}
                />
              )}
              {item.note && <p class={s.draftText}>{item.note}</p>}
            </article>
          ))}
        </>
      )}

      {d.checkIns.length > 0 && (
        <>
          <h2>My check-ins</h2>
          {d.checkIns.map((c) => (
            <article key={c.id} class={s.entry}>
              <h3 class={s.entryTitle}>{nhsDayTime(new Date(c.at))}</h3>
              <p class={s.draftText}>{checkInWords(c)}</p>
            </article>
          ))}
        </>
      )}

      {d.drafts.length + d.boxes.length > 0 && (
        <>
          <h2>Writing not finished</h2>
          {d.drafts.map(({ slot, draft }) => (
            <article key={slot} class={s.entry}>
              <p class={s.draftText}>
                {[draft.happening, draft.everyday, ...(draft.feelings ?? [])]
                  .filter(Boolean)
                  .join(' · ') || 'Only some choices were made.'}
              </p>
            </article>
          ))}
          {d.boxes.map(({ slot, draft }) => (
            <article key={slot} class={s.entry}>
              <p class={s.draftText}>{Object.values(draft.texts).filter(Boolean).join(' · ')}</p>
            </article>
          ))}
        </>
      )}
      {d.keptAside.length > 0 && (
        <p class={s.aside}>
          {d.keptAside.length} piece{d.keptAside.length === 1 ? '' : 's'} of writing could not be
          opened. {d.keptAside.length === 1 ? 'It is' : 'They are'} in the downloaded file, as
          stored.
        </p>
      )}
    </div>
  );
}
