import type { RefObject } from 'preact';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { Icon } from '../icon';
import type { ReadProblem } from './reader';
import { catalogue } from '#shared/i18n';
import messages from './read-aloud.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('read-aloud', messages);

const PROBLEMS = {
  unsupported: 'unsupported',
  'no-voice': 'noVoice',
  'no-language-voice': 'noLanguageVoice',
  'remote-only': 'remoteOnly',
  failed: 'failed',
  'not-loaded': 'notLoaded',
} as const satisfies Record<ReadProblem | 'not-loaded', keyof typeof messages>;

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
          problem.value = t(PROBLEMS[why]);
        },
      });
      if (!live.current) stop.current();
    } catch {
      phase.value = 'idle';
      problem.value = t(PROBLEMS['not-loaded']);
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
          {t('stop')}
        </button>
      ) : (
        <button
          type="button"
          class={`btn btn-secondary ${s.button}`}
          aria-disabled={phase.value === 'starting' ? 'true' : undefined}
          onClick={() => void start()}
        >
          <Icon name="speaker" class={s.icon} />
          {t('read')}
        </button>
      )}
      <p role="status" class={problem.value ? s.problem : s.quiet}>
        {problem.value}
      </p>
    </div>
  );
}
