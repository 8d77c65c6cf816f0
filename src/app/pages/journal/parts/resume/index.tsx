import { useEffect, useRef } from 'preact/hooks';
import type { UnfinishedDraft } from '../../../../store/drafts';
import { startedWhen } from '../../days';
import { t } from '../../words';
import { UnfinishedList } from '../unfinished';
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

/** "Carry on where you left off" or start again: nothing typed is ever thrown away unasked. */
export function Resume(props: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div>
      <h1 ref={heading} tabIndex={-1} class={s.heading}>
        {t('unfinishedHeading')}
      </h1>
      <p>{t('resumeStarted', startedWhen(props.updatedAt))}</p>
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

/**
 * A new entry's editor, opened while other entries are unfinished: every one of them, newest
 * first, to carry on, or start a new one (the new ones' words are then kept in the journal).
 */
export function ResumeList(props: {
  drafts: readonly UnfinishedDraft[];
  onStartAgain: () => void;
  busy?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const kept = props.drafts.some((d) => !d.entry);
  return (
    <div>
      <h1 ref={heading} tabIndex={-1} class={s.heading}>
        {t('unfinishedHeading')}
      </h1>
      <p>{t('keptSafe')}</p>
      <h2 class={s.subheading}>{t('carryOnHeading')}</h2>
      <UnfinishedList drafts={props.drafts} />
      <button
        type="button"
        class="btn btn-secondary btn-block"
        disabled={props.busy}
        onClick={props.onStartAgain}
      >
        {t('startNew')}
      </button>
      <p class="hint">{kept ? t('keptIfNew') : t('changesStay')}</p>
      <PrivateNote />
    </div>
  );
}
