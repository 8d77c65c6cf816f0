import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import { type CheckIn, type UrgentCareReport } from '#shared/schemas/wellbeing';
import { Inset } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Cell, Table } from '../../../components/table';
import { useConsole } from '../../../context';
import { count, day, whenShort } from '../../../format';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import styles from './style.module.css';
import { FirstAndLatest } from './first-and-latest';
import { LONELY_WORDS, REASON_WORDS, scoreWords, urgentWords } from './words';

const LIVE_TYPES = ['wellbeing'] as const;

type Props = { person: PersonSummary };

/**
 * The wellbeing check-ins and urgent care use the person chose to send: the first and latest
 * answer to each question, and every check-in. Nothing else from their phone shows here.
 */
export function Wellbeing({ person }: Props) {
  const { api } = useConsole();
  const [view, reload] = useLoad(
    (signal) => api.call(endpoints.wellbeing.view, { params: { personId: person.id } }, signal),
    [person.id],
  );
  useLiveRefresh(reload, person.id, LIVE_TYPES);
  const name = person.displayName;

  const explain = (
    <Inset>
      <p>
        You only see what {name} chose to send. Check-ins and urgent care notes stay on their phone
        unless they turn on sending in the app’s Settings, and they can turn it off at any time.
      </p>
    </Inset>
  );

  if (view.state === 'loading') return <Loading what="wellbeing check-ins" />;
  if (view.state === 'failed') {
    return (
      <>
        {explain}
        <LoadFailed failure={view.failure} retry={reload} />
      </>
    );
  }
  const { checkIns, urgentCare } = view.data;
  const sorted = [...checkIns].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <>
      {explain}
      <section aria-labelledby="checkins-title">
        <h2 id="checkins-title">Check-ins</h2>
        {sorted.length === 0 ? (
          <p>{name} has not sent a check-in.</p>
        ) : (
          <>
            <p>
              {count(sorted.length, 'check-in', 'check-ins')} sent, the first on{' '}
              {day(sorted[0]?.at ?? '')}. Each question could be skipped.
            </p>
            <p class={styles.intro}>
              In the last column, the hollow dot is the first answer and the filled dot the latest.
            </p>
            <FirstAndLatest checkIns={sorted} />
            <CheckInTable checkIns={sorted} />
          </>
        )}
      </section>
      <UrgentCare reports={urgentCare} name={name} />
    </>
  );
}

function CheckInTable({ checkIns }: { checkIns: CheckIn[] }) {
  return (
    <Table
      caption="Every check-in, newest first"
      headings={['When', 'Why', 'Satisfied', 'Worthwhile', 'Happy', 'Anxious', 'Lonely']}
    >
      {[...checkIns].reverse().map((c) => (
        <tr key={c.id}>
          <Cell label="When" header>
            {whenShort(c.at)}
          </Cell>
          <Cell label="Why">{REASON_WORDS[c.reason]}</Cell>
          <Cell label="Satisfied">{scoreWords(c.answers.satisfied)}</Cell>
          <Cell label="Worthwhile">{scoreWords(c.answers.worthwhile)}</Cell>
          <Cell label="Happy">{scoreWords(c.answers.happy)}</Cell>
          <Cell label="Anxious">{scoreWords(c.answers.anxious)}</Cell>
          <Cell label="Lonely">
            {c.answers.lonely ? LONELY_WORDS[c.answers.lonely] : 'Skipped'}
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

function UrgentCare({ reports, name }: { reports: UrgentCareReport[]; name: string }) {
  const sorted = [...reports].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="urgent-title">
      <h2 id="urgent-title">Urgent care they told us about</h2>
      <p class={styles.intro}>
        From {name}’s journal: when they went to A&amp;E or called 999 or 111. Only the fact is
        sent, never what they wrote.
      </p>
      {sorted.length === 0 ? (
        <p>None sent.</p>
      ) : (
        <Table
          caption={count(sorted.length, 'time', 'times')}
          captionHidden
          headings={['When', 'What happened']}
        >
          {sorted.map((r) => (
            <tr key={r.id}>
              <Cell label="When" header>
                {whenShort(r.at)}
              </Cell>
              <Cell label="What happened">{urgentWords(r)}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
