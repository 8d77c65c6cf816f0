import { type CheckIn } from '#shared/schemas/wellbeing';
import { Cell, Table } from '../../../components/table';
import { day } from '../../../format';
import styles from './style.module.css';
import { changeWords, LONELY_WORDS, lonelyChange } from './words';

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

export function FirstAndLatest({ checkIns }: { checkIns: CheckIn[] }) {
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
