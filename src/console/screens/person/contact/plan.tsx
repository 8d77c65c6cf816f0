import { useState } from 'preact/hooks';
import { targetForWeek } from '#shared/contacts';
import type { ContactsView } from '#shared/schemas/contact';
import { Button } from '../../../components/button';
import { Card, Notice } from '../../../components/layout';
import { focusById } from '../../../focus';
import { localDayShort } from '../../../format';
import styles from './style.module.css';
import { aWeek, PlanForm } from './plan-form';

type Props = {
  personId: string;
  personName: string;
  view: ContactsView;
  thisWeek: string;
  onChange: (view: ContactsView) => void;
};

/**
 * The weekly contact target, agreed with the person ("let's try 5 calls instead of 10"), and a
 * plan for stepping it down over the coming weeks. Earlier targets are kept as history.
 */
export function TargetPlan({ personId, personName, view, thisWeek, onChange }: Props) {
  const current = targetForWeek(view.targets, thisWeek);
  const planned = view.targets.filter((s) => s.fromWeek > thisWeek);
  const earlier = view.targets.filter((s) => s.fromWeek <= thisWeek).slice(0, -1);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <Card labelledBy="plan-title">
      <h2 id="plan-title">Weekly target</h2>
      {saved ? (
        <Notice>
          <p>The plan is saved. Their phone shows it next time it updates.</p>
        </Notice>
      ) : null}
      <p class={styles.big}>
        {current === null ? 'No target set yet.' : `This week: ${aWeek(current)}.`}
      </p>
      {planned.length > 0 ? (
        <>
          <h3 class={styles.small}>Planned</h3>
          <ul>
            {planned.map((s) => (
              <li key={s.fromWeek}>
                From the week of {localDayShort(s.fromWeek)}: {aWeek(s.times)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {earlier.length > 0 ? (
        <details class={styles.details}>
          <summary>Earlier targets ({earlier.length})</summary>
          <ul>
            {earlier.map((s) => (
              <li key={s.fromWeek}>
                From the week of {localDayShort(s.fromWeek)}: {aWeek(s.times)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {editing ? (
        <PlanForm
          personId={personId}
          personName={personName}
          steps={view.targets}
          thisWeek={thisWeek}
          onCancel={() => {
            setEditing(false);
            setTimeout(() => focusById('change-plan'));
          }}
          onSaved={(next) => {
            onChange(next);
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <Button
          variant="secondary"
          id="change-plan"
          onClick={() => {
            setSaved(false);
            setEditing(true);
            setTimeout(() => focusById('plan-form-heading'));
          }}
        >
          {current === null && planned.length === 0 ? 'Set a weekly target' : 'Change the plan'}
        </Button>
      )}
    </Card>
  );
}
