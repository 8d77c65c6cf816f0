import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  formatPairingCode,
  NEVER_IN_CODES,
  PAIRING_CODE_LENGTH,
  pairingCodeShape,
} from '#shared/schemas/pairing';
import { ErrorMessage } from '../../../ui/error-message';
import { CaseworkerCard } from '../../components/team/caseworker-card';
import { firstName } from '../../store/profile-fields';
import { Notifications } from '../../components/team/notifications';
import { useAppState } from '../../state';
import { pairPhone, type PairProblem } from '../../sync/pair';
import { qrDetector, Scanner } from './scanner';
import s from './style.module.css';

/** Plain words for a wait: "30 seconds", "5 minutes". */
export function waitWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 0) return 'a few minutes';
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** "A", "A or B", "A, B or C". */
function orList(items: readonly string[]): string {
  const last = items[items.length - 1] ?? '';
  return items.length <= 1 ? last : `${items.slice(0, -1).join(', ')} or ${last}`;
}

const letters = NEVER_IN_CODES.filter((c) => /[A-Z]/.test(c));
const digits = NEVER_IN_CODES.filter((c) => /\d/.test(c));

/**
 * Why a typed code cannot be right, saying exactly what is wrong: which characters codes never
 * use (they look like others), or how many were typed. Never contradicts what the person typed.
 */
export function formatWords(typed: string): string {
  const shape = pairingCodeShape(typed);
  if (shape.kind === 'characters') {
    return (
      `There is no ${orList(shape.unused)} in a code. Codes never use ${orList([...letters, ...digits])}, ` +
      'because they look like other letters. Please check the code and try again.'
    );
  }
  const typedWords = shape.kind === 'length' ? ` You typed ${shape.length}.` : '';
  return `A code has ${PAIRING_CODE_LENGTH} letters and numbers, like ACDE-FHJK.${typedWords} Please check it and try again.`;
}

/** What went wrong, kindly. Never the person's fault. */
export function problemWords(problem: PairProblem, waitMs = 0, typed = ''): string {
  switch (problem) {
    case 'format':
      return formatWords(typed);
    case 'unknown':
      return 'We could not find that code. Please check each letter and try again.';
    case 'used':
      return 'This code has been used already. Please ask your caseworker for a new one.';
    case 'expired':
      return 'This code is too old now. Codes last for one day. Please ask your caseworker for a new one.';
    case 'too-many':
      return `There have been too many tries for now. Please wait ${waitWords(waitMs)} and try again.`;
    case 'offline':
      return 'You need the internet to link your phone. Please try again when you have signal.';
    case 'server':
      return 'Something went wrong on our side. Please try again in a few minutes.';
  }
}

function Linked({ justNow, onNewCode }: { justNow: boolean; onNewCode: () => void }) {
  const { profile } = useAppState();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justNow) heading.current?.focus();
  }, [justNow]);
  const p = profile.value;
  if (!p) return null;
  const name = firstName(p.caseworker.name);
  return (
    <div class={s.page}>
      <h1 ref={heading} tabIndex={-1} class={s.heading}>
        {justNow ? 'Your phone is linked' : 'This phone is linked'}
      </h1>
      <p class={s.lead}>You are linked to {p.service.name}.</p>
      <CaseworkerCard profile={p} />
      <p>
        {name} is not an emergency service. When {name} is not working, Help now shows who you can
        call.
      </p>
      <a href="/messages" class="btn btn-block btn-main">
        Send {name} a message
      </a>
      <a href="/" class="btn btn-secondary btn-block">
        Go to the home screen
      </a>
      <Notifications />
      {!justNow && (
        <p>
          <button type="button" class={s.linkButton} onClick={onNewCode}>
            I have a new code from my caseworker
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * Link my phone: type the caseworker's code (forgiving: any case, spaces, dashes) or scan their
 * QR code where the phone can. `/pair?code=ACDE-FHJK` (the QR) fills the code in.
 */
export default function Pair() {
  const state = useAppState();
  const { query } = useLocation();
  const fromQr = query.code ? formatPairingCode(query.code.slice(0, 40)) : '';
  const code = useSignal(fromQr);
  const busy = useSignal(false);
  const justPaired = useSignal(false);
  const wantsNew = useSignal(fromQr !== '');
  const problem = useSignal<string | null>(null);
  const canScan = useSignal(false);
  const scanning = useSignal(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void qrDetector().then((found) => (canScan.value = found !== null));
    if (fromQr) button.current?.focus();
  }, []);

  async function pair(typed: string) {
    if (busy.value) return;
    busy.value = true;
    problem.value = null;
    const outcome = await pairPhone(state, typed);
    busy.value = false;
    if (outcome.kind === 'paired') {
      justPaired.value = true;
      wantsNew.value = false;
    } else {
      problem.value = problemWords(outcome.problem, outcome.waitMs, typed);
    }
  }

  const linked = state.sync.link.value === 'linked' && state.profile.value;
  if (linked && (justPaired.value || !wantsNew.value)) {
    return <Linked justNow={justPaired.value} onNewCode={() => (wantsNew.value = true)} />;
  }

  return (
    <div class={s.page}>
      <h1 class={s.heading}>Link my phone</h1>
      <p class={s.lead}>
        Link this phone to your support team. Then you can send messages to your caseworker and
        share journal entries you choose.
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void pair(code.value);
        }}
      >
        <div class={problem.value ? 'error-group' : undefined}>
          <label for="pair-code" class={s.label}>
            The code from your caseworker
          </label>
          <p id="pair-code-hint" class="hint">
            8 letters and numbers, like ACDE-FHJK. Small letters and spaces are fine.
          </p>
          {problem.value && (
            <ErrorMessage id="pair-code-problem" alert>
              {problem.value}
            </ErrorMessage>
          )}
          <input
            id="pair-code"
            class={s.code}
            value={code.value}
            onInput={(e) => (code.value = e.currentTarget.value)}
            autocomplete="off"
            autocapitalize="characters"
            autocorrect="off"
            spellcheck={false}
            maxLength={40}
            aria-invalid={problem.value ? true : undefined}
            aria-describedby={problem.value ? 'pair-code-hint pair-code-problem' : 'pair-code-hint'}
          />
        </div>
        <button ref={button} type="submit" class="btn btn-block btn-main" disabled={busy.value}>
          {busy.value ? 'Linking…' : 'Link my phone'}
        </button>
      </form>
      {canScan.value &&
        (scanning.value ? (
          <Scanner
            onCode={(found) => {
              scanning.value = false;
              code.value = formatPairingCode(found);
              void pair(found);
            }}
            onClose={() => (scanning.value = false)}
          />
        ) : (
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (scanning.value = true)}
          >
            Scan the QR code instead
          </button>
        ))}
      <p>Your journal stays on this phone. Only entries you choose to share are sent.</p>
    </div>
  );
}
