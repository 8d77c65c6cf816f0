import { useEffect, useRef, useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { Goal, GoalStatus } from '#shared/schemas/goal';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { focusById } from '../../../focus';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import { GoalForm } from './form';
import styles from './style.module.css';
import { GoalCard } from './goal-card';
import { lastTick } from './history-words';

const LIVE_TYPES = ['goal'] as const;

const SECTIONS: { status: GoalStatus; title: string; empty: string }[] = [
  { status: 'active', title: 'Working on now', empty: 'No goals being worked on just now.' },
  { status: 'paused', title: 'Resting for now', empty: '' },
  { status: 'finished', title: 'Done', empty: '' },
];

type Props = { person: PersonSummary };

/**
 * The person's goals: set one together, change it, pause, restart or finish it, tick a milestone
 * for them, and add a note of encouragement. A tick on their phone shows up here live.
 */
export function Goals({ person }: Props) {
  const { api } = useConsole();
  const [goals, reload, replace] = useLoad(
    (signal) => api.call(endpoints.goals.list, { params: { personId: person.id } }, signal),
    [person.id],
  );
  useLiveRefresh(reload, person.id, LIVE_TYPES);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<Map<string, string | null> | null>(null);
  const list = goals.state === 'ready' ? goals.data : null;

  // Say when the person ticks a milestone on their phone while this page is open.
  useEffect(() => {
    if (!list) return;
    const now = new Map<string, string | null>();
    const ticked: string[] = [];
    for (const goal of list) {
      for (const m of goal.milestones) {
        now.set(m.id, m.doneAt);
        const isNew = seen.current && m.doneAt && !seen.current.get(m.id);
        if (isNew && lastTick(goal, m)?.by === 'person') ticked.push(m.title);
      }
    }
    if (ticked.length > 0) {
      setAnnouncement(`${person.displayName} ticked ${ticked.map((t) => `“${t}”`).join(' and ')}.`);
    }
    seen.current = now;
  }, [list, person.displayName]);

  /** Puts a changed goal in the list (the server answers with the whole goal). */
  function put(goal: Goal) {
    if (!list) return;
    const others = list.filter((g) => g.id !== goal.id);
    replace([goal, ...others].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    // What we did ourselves is no news.
    for (const m of goal.milestones) seen.current?.set(m.id, m.doneAt);
  }

  if (goals.state === 'loading') return <Loading what="goals" />;
  if (goals.state === 'failed') return <LoadFailed failure={goals.failure} retry={reload} />;

  return (
    <>
      <p class={styles.announce} role="status">
        {announcement}
      </p>
      {notice ? (
        <Notice>
          <p>{notice}</p>
        </Notice>
      ) : null}
      <p class={styles.intro}>
        Set goals together, in {person.displayName}’s own words, with small milestones and a reward
        for each. Their phone shows them, even offline, and they can tick a milestone when they
        reach it. A missed date simply moves on.
      </p>
      {adding ? (
        <GoalForm
          idPrefix="new-goal"
          personName={person.displayName}
          goal={null}
          onCancel={() => {
            setAdding(false);
            focusById('set-goal');
          }}
          onSave={async (input) => {
            const goal = await api.call(endpoints.goals.create, {
              params: { personId: person.id },
              body: input,
            });
            put(goal);
            setAdding(false);
            setNotice(`The goal “${goal.title}” is set. Their phone gets it next time it updates.`);
          }}
        />
      ) : (
        <Button
          id="set-goal"
          onClick={() => {
            setNotice(null);
            setAdding(true);
            setTimeout(() => focusById('new-goal-heading'));
          }}
        >
          Set a new goal
        </Button>
      )}
      {SECTIONS.map((section) => {
        const inSection = goals.data.filter((g) => g.status === section.status);
        if (inSection.length === 0 && !section.empty) return null;
        return (
          <section key={section.status} aria-labelledby={`goals-${section.status}`}>
            <h2 id={`goals-${section.status}`}>{section.title}</h2>
            {inSection.length === 0 ? <p>{section.empty}</p> : null}
            {inSection.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                person={person}
                onChange={put}
                onNotice={setNotice}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}
