import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import {
  LONELINESS_OPTIONS,
  type CheckIn,
  type CheckInReason,
  type Loneliness,
  type UrgentCareReport,
} from '#shared/schemas/wellbeing';
import { Inset } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Cell, Table } from '../../../components/table';
import { useConsole } from '../../../context';
import { count, day, whenShort } from '../../../format';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import styles from './style.module.css';

const LIVE_TYPES = ['wellbeing'] as const;

type Score = 'satisfied' | 'worthwhile' | 'happy' | 'anxious';

/** The four ONS personal wellbeing questions, as short names with the question beside them. */
const MEASURES: { key: Score; name: string; question: string }[] = [
  {
    key: 'satisfied',
    name: 'Life satisfaction',
    question: 'How satisfied are you with your life nowadays?',
  },
  {
    key: 'worthwhile',
    name: 'Worthwhile',
    question: 'To what extent do you feel the things you do in your life are worthwhile?',
  },
  { key: 'happy', name: 'Happy', question: 'How happy did you feel yesterday?' },
  {
    key: 'anxious',
    name: 'Anxious',
    question: 'How anxious did you feel yesterday? (Lower means less anxious.)',
  },
];

const LONELY_WORDS: Record<Loneliness, string> = {
  'often-or-always': 'Often or always',
  'some-of-the-time': 'Some of the time',
  occasionally: 'Occasionally',
  'hardly-ever': 'Hardly ever',
  never: 'Never',
};

const REASON_WORDS: Record<CheckInReason, string> = {
  start: 'Start of support',
  monthly: 'Monthly',
  'stepping-back': 'Support stepping back',
};

function scoreWords(value: number | null): string {
  return value === null ? 'Skipped' : `${value}`;
}

function changeWords(first: number, latest: number): string {
  if (latest === first) return 'No change';
  return latest > first ? `Up ${latest - first}` : `Down ${first - latest}`;
}

function lonelyChange(first: Loneliness, latest: Loneliness): string {
  const a = LONELINESS_OPTIONS.indexOf(first);
  const b = LONELINESS_OPTIONS.indexOf(latest);
  if (a === b) return 'No change';
  return b > a ? 'Lonely less often' : 'Lonely more often';
}

/** The first and latest answer to one question, skipping check-ins where it was skipped. */
function firstAndLatest<T>(
  checkIns: CheckIn[],
  answer: (c: CheckIn) => T | null,
): { first: { value: T; at: string }; latest: { value: T; at: string } } | null {
  const answered = checkIns.filter((c) => answer(c) !== null);
  const a = answered[0];
  const b = answered.at(-1);
  if (!a || !b) return null;
  return {
    first: { value: answer(a) as T, at: a.at },
    latest: { value: answer(b) as T, at: b.at },
  };
}

/** A 0 to 10 line with the first answer (hollow) and the latest (filled). Decoration only. */
function Dots({ first, latest }: { first: number; latest: number }) {
  const x = (v: number) => 8 + v * 14.4;
  return (
    <svg class={styles.dots} viewBox="0 0 160 24" aria-hidden="true" focusable="false">
      <line class={styles.scale} x1={x(0)} x2={x(10)} y1={12} y2={12} />
      {first !== latest ? (
        <line class={styles.move} x1={x(first)} x2={x(latest)} y1={12} y2={12} />
      ) : null}
      <circle class={styles.first} cx={x(first)} cy={12} r={6} />
      <circle class={styles.latest} cx={x(latest)} cy={12} r={first === latest ? 4 : 6} />
    </svg>
  );
}

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

function FirstAndLatest({ checkIns }: { checkIns: CheckIn[] }) {
  const lonely = firstAndLatest(checkIns, (c) => c.answers.lonely);
  return (
    <Table
      caption="First and latest answers"
      headings={['Question', 'First', 'Latest', 'Change', 'On a scale of 0 to 10']}
    >
      {MEASURES.map((m) => {
        const found = firstAndLatest(checkIns, (c) => c.answers[m.key]);
        return (
          <tr key={m.key}>
            <Cell label="Question" header>
              <strong>{m.name}</strong>
              <span class={styles.question}>{m.question}</span>
            </Cell>
            {found ? (
              <>
                <Cell label="First">
                  {found.first.value}
                  <span class={styles.when}> ({day(found.first.at)})</span>
                </Cell>
                <Cell label="Latest">
                  {found.latest.value}
                  <span class={styles.when}> ({day(found.latest.at)})</span>
                </Cell>
                <Cell label="Change">{changeWords(found.first.value, found.latest.value)}</Cell>
                <Cell label="On a scale of 0 to 10">
                  <Dots first={found.first.value} latest={found.latest.value} />
                </Cell>
              </>
            ) : (
              <>
                <Cell label="First">Skipped</Cell>
                <Cell label="Latest">Skipped</Cell>
                <Cell label="Change">—</Cell>
                <Cell label="On a scale of 0 to 10">—</Cell>
              </>
            )}
          </tr>
        );
      })}
      <tr>
        <Cell label="Question" header>
          <strong>Lonely</strong>
          <span class={styles.question}>How often do you feel lonely?</span>
        </Cell>
        <Cell label="First">
          {lonely ? (
            <>
              {LONELY_WORDS[lonely.first.value]}
              <span class={styles.when}> ({day(lonely.first.at)})</span>
            </>
          ) : (
            'Skipped'
          )}
        </Cell>
        <Cell label="Latest">
          {lonely ? (
            <>
              {LONELY_WORDS[lonely.latest.value]}
              <span class={styles.when}> ({day(lonely.latest.at)})</span>
            </>
          ) : (
            'Skipped'
          )}
        </Cell>
        <Cell label="Change">
          {lonely ? lonelyChange(lonely.first.value, lonely.latest.value) : '—'}
        </Cell>
        <Cell label="On a scale of 0 to 10">—</Cell>
      </tr>
    </Table>
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

function urgentWords(r: UrgentCareReport): string {
  const parts = [
    r.wentToAe ? 'Went to A&E' : '',
    r.called999 ? 'called 999' : '',
    r.called111 ? 'called 111' : '',
  ].filter(Boolean);
  const words = parts.join(', ');
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'None';
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
