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
import { catalogue } from '#shared/i18n';
import messages from './export.messages.json' with { type: 'json' };

const t = catalogue('export', messages);

/** An answer's enum value as a select key ("hardly-ever" to "hardlyEver"). */
const camel = (value: string) => value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

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

  if (problem.value) return <ErrorMessage standalone>{t('problem')}</ErrorMessage>;
  if (!data.value) return <p>{t('gathering')}</p>;
  const d = data.value;
  const checkInWords = (c: ExportData['checkIns'][number]) =>
    [
      t('satisfied', { answer: c.answers.satisfied ?? t('skipped') }),
      t('worthwhile', { answer: c.answers.worthwhile ?? t('skipped') }),
      t('happy', { answer: c.answers.happy ?? t('skipped') }),
      t('anxious', { answer: c.answers.anxious ?? t('skipped') }),
      t('lonely', { answer: camel(c.answers.lonely ?? 'skipped') }),
    ].join(' · ');
  const plan = d.plans.synced ?? d.plans.own;
  const now = new Date();

  return (
    <div class={s.page}>
      <h1>{t('title')}</h1>
      <p>{t('lead', { when: nhsDayTime(new Date(d.exportedAt)) })}</p>
      <div class={s.actions}>
        <button type="button" class="btn btn-block" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" class="btn btn-secondary btn-block" onClick={() => downloadExport(d)}>
          {t('download')}
        </button>
        <p class="hint">{t('stays')}</p>
      </div>

      <h2>{t('plan')}</h2>
      {plan ? <PlanSections plan={plan} level={3} /> : <p>{t('noPlan')}</p>}
      {d.plans.synced && d.plans.own && (
        <>
          <h2>{t('ownPlan')}</h2>
          <PlanSections plan={d.plans.own} level={3} />
        </>
      )}

      <h2>{t('journal')}</h2>
      {d.entries.length === 0 && <p>{t('nothing')}</p>}
      {groupByDay(d.entries, now).map((group) => (
        <section key={group.day} class={s.day}>
          <h3>{group.label}</h3>
          {group.items.map((entry) => (
            <article key={entry.id} class={s.entry}>
              <h4 class={s.entryTitle}>
                {t('entryTitle', { time: londonTime(new Date(entry.createdAt)), kind: entry.kind })}
              </h4>
              <EntryDetails entry={entry} />
            </article>
          ))}
        </section>
      ))}

      {d.messages.length > 0 && (
        <>
          <h2>{t('messages')}</h2>
          {d.messages.map((m) => (
            <article key={m.id} class={s.entry}>
              <h3 class={s.entryTitle}>
                {t('messageTitle', { from: m.from, when: nhsDayTime(new Date(m.sentAt)) })}
              </h3>
              {m.photoDataUrl && <img class={s.photo} src={m.photoDataUrl} alt={t('sentPhoto')} />}
              {m.body && (
                <p class={s.draftText} data-own-words>
                  {m.body}
                </p>
              )}
            </article>
          ))}
        </>
      )}

      {d.hopeBox.length > 0 && (
        <>
          <h2>{t('hopeBox')}</h2>
          {d.hopeBox.map((item) => (
            <article key={item.id} class={s.entry} data-testid="export-hope">
              <h3 class={s.entryTitle}>{nhsDayTime(new Date(item.createdAt))}</h3>
              {item.photoDataUrl && (
                <img
                  class={s.photo}
                  src={item.photoDataUrl}
                  alt={item.note ? '' : t('hopePhoto')}
                />
              )}
              {item.note && (
                <p class={s.draftText} data-own-words>
                  {item.note}
                </p>
              )}
            </article>
          ))}
        </>
      )}

      {d.checkIns.length > 0 && (
        <>
          <h2>{t('checkIns')}</h2>
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
          <h2>{t('notFinished')}</h2>
          {d.drafts.map(({ slot, draft }) => (
            <article key={slot} class={s.entry}>
              {/* The person's own unfinished words, or a note that there are none. */}
              {[draft.happening, draft.everyday, ...(draft.feelings ?? [])].some(Boolean) ? (
                <p class={s.draftText} data-own-words>
                  {[draft.happening, draft.everyday, ...(draft.feelings ?? [])]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              ) : (
                <p class={s.draftText}>{t('onlyChoices')}</p>
              )}
            </article>
          ))}
          {d.boxes.map(({ slot, draft }) => (
            <article key={slot} class={s.entry}>
              <p class={s.draftText} data-own-words>
                {Object.values(draft.texts).filter(Boolean).join(' · ')}
              </p>
            </article>
          ))}
        </>
      )}
      {d.keptAside.length > 0 && (
        <p class={s.aside}>{t('keptAside', { count: d.keptAside.length })}</p>
      )}
    </div>
  );
}
