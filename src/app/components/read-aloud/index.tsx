import type { RefObject } from 'preact';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { Icon } from '../icon';
import type { ReadProblem } from './reader';
import s from './style.module.css';

const PROBLEMS: Record<ReadProblem | 'not-loaded', string> = {
  unsupported:
    'Sorry, this phone cannot read aloud in this app. Your phone’s own settings may have a screen reader you can turn on.',
  'no-voice':
    'Sorry, this phone has no voice to read aloud with. You can add one in your phone’s settings, under “text-to-speech”.',
  'remote-only':
    'Sorry, this phone’s voices work over the internet, so we do not use them: your words stay on your phone. You can add a voice in your phone’s settings, under “text-to-speech”.',
  failed: 'Sorry, reading aloud stopped. Please try again.',
  'not-loaded': 'Sorry, reading aloud could not start. Please try again.',
};

/**
 * "Read this to me": the phone's own voice reads `target` aloud, sentence by sentence, with
 * the sentence being read highlighted, and a stop button. Its code loads on the first tap, so
 * a screen (Help now above all) never waits for it. Reading stops when the screen goes.
 */
export function ReadAloud({ target }: { target: RefObject<Element> }) {
  const phase = useSignal<'idle' | 'starting' | 'reading'>('idle');
  const problem = useSignal('');
  const stop = useRef<(() => void) | null>(null);
  const live = useRef(true);

  useEffect(
    () => () => {
      live.current = false;
      stop.current?.();
    },
    [],
  );

  async function start() {
    const root = target.current;
    if (!root || phase.value !== 'idle') return;
    phase.value = 'starting';
    problem.value = '';
    try {
      const { startReading } = await import('./reader');
      if (!live.current) return;
      stop.current = await startReading(root, {
        reading: () => (phase.value = 'reading'),
        done: () => {
          phase.value = 'idle';
          stop.current = null;
        },
        problem: (why) => {
          phase.value = 'idle';
          problem.value = PROBLEMS[why];
        },
      });
      if (!live.current) stop.current();
    } catch {
      phase.value = 'idle';
      problem.value = PROBLEMS['not-loaded'];
    }
  }

  const reading = phase.value === 'reading';
  return (
    <div class={s.control} data-read-skip>
      {reading ? (
        <button
          type="button"
          class={`btn btn-secondary ${s.button}`}
          onClick={() => stop.current?.()}
        >
          <Icon name="stop" class={s.icon} />
          Stop reading
        </button>
      ) : (
        <button
          type="button"
          class={`btn btn-secondary ${s.button}`}
          aria-disabled={phase.value === 'starting' ? 'true' : undefined}
          onClick={() => void start()}
        >
          <Icon name="speaker" class={s.icon} />
          Read this to me
        </button>
      )}
      <p role="status" class={problem.value ? s.problem : s.quiet}>
        {problem.value}
      </p>
    </div>
  );
}
