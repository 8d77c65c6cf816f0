import { useEffect, useRef } from 'preact/hooks';
import { londonTime, dayLabel, londonDay } from '../../days';
import { PrivateNote } from '../private-note';
import s from './style.module.css';

interface Props {
  /** When the draft was last changed (ISO), to say "You started writing at 2:10am today". */
  updatedAt?: string;
  carryOn: string;
  startAgain: string;
  startAgainHint: string;
  onCarryOn: () => void;
  onStartAgain: () => void;
}

function when(updatedAt: string | undefined): string {
  if (!updatedAt) return 'earlier';
  const at = new Date(updatedAt);
  if (Number.isNaN(at.getTime())) return 'earlier';
  const day = dayLabel(londonDay(at), new Date());
  return `at ${londonTime(at)} ${day === 'Today' || day === 'Yesterday' ? day.toLowerCase() : `on ${day}`}`;
}

/** "Carry on where you left off" or start again: nothing typed is ever thrown away unasked. */
export function Resume(props: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div>
      <h1 ref={heading} tabIndex={-1} class={s.heading}>
        You have words you did not finish
      </h1>
      <p>You started writing {when(props.updatedAt)}. They are kept safe on this phone.</p>
      <button type="button" class="btn btn-block btn-main" onClick={props.onCarryOn}>
        {props.carryOn}
      </button>
      <button type="button" class="btn btn-secondary btn-block" onClick={props.onStartAgain}>
        {props.startAgain}
      </button>
      <p class="hint">{props.startAgainHint}</p>
      <PrivateNote />
    </div>
  );
}
