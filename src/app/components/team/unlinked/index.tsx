import { useSignal } from '@preact/signals';
import { useAppState } from '../../../state';
import s from './style.module.css';

/**
 * The kind screen for a phone the team has unlinked (revoked). Nothing is deleted unless the
 * person asks; they can link again with a new code. Help now and 999 stay above it (shell).
 */
export function Unlinked({ heading: Heading = 'h1' }: { heading?: 'h1' | 'h2' }) {
  const state = useAppState();
  const step = useSignal<'idle' | 'confirm'>('idle');

  async function forget() {
    const { forgetTeam } = await import('../../../sync/actions');
    await forgetTeam(state);
    step.value = 'idle';
  }

  return (
    <section class={s.box} aria-labelledby="unlinked-title">
      <Heading id="unlinked-title" class={s.title}>
        This phone is no longer linked to your support team
      </Heading>
      <p>Your journal and your plan are still here. Nothing has been deleted.</p>
      <p>
        You cannot send messages or share entries for now. If you want to link again, ask your
        caseworker for a new code.
      </p>
      <a href="/pair" class="btn btn-block">
        Link again with a new code
      </a>
      <p>If you need help now, use Help now. In an emergency, call 999.</p>
      {step.value === 'idle' && (
        <button type="button" class="btn btn-secondary" onClick={() => (step.value = 'confirm')}>
          Remove old messages from this phone
        </button>
      )}
      {step.value === 'confirm' && (
        <div class={s.confirm} role="group" aria-labelledby="forget-question">
          <p id="forget-question" class={s.question}>
            Remove your old messages and your team’s details from this phone?
          </p>
          <p>Your journal and your plan will stay.</p>
          <div class={s.buttons}>
            <button type="button" class="btn btn-warning" onClick={() => void forget()}>
              Yes, remove them
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => (step.value = 'idle')}>
              No, keep them
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
