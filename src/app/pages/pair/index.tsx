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
import { catalogue } from '#shared/i18n';
import { listWords } from '#shared/list-words';
import messages from './pair.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('pair', messages);

/** Plain words for a wait: "30 seconds", "5 minutes". */
export function waitWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 0) return t('fewMinutes');
  if (seconds < 60) return t('seconds', { count: seconds });
  return t('minutes', { count: Math.ceil(seconds / 60) });
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
    return t('badCharacters', {
      unused: listWords(shape.unused, 'or'),
      never: listWords([...letters, ...digits], 'or'),
    });
  }
  return shape.kind === 'length'
    ? t('badLengthTyped', { length: PAIRING_CODE_LENGTH, typed: shape.length })
    : t('badLength', { length: PAIRING_CODE_LENGTH });
}

/** What went wrong, kindly. Never the person's fault. */
export function problemWords(problem: PairProblem, waitMs = 0, typed = ''): string {
  switch (problem) {
    case 'format':
      return formatWords(typed);
    case 'unknown':
      return t('unknown');
    case 'used':
      return t('used');
    case 'expired':
      return t('expired');
    case 'too-many':
      return t('tooMany', { wait: waitWords(waitMs) });
    case 'offline':
      return t('offline');
    case 'server':
      return t('server');
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
        {justNow ? t('linkedJustNow') : t('linked')}
      </h1>
      <p class={s.lead}>{t('linkedTo', { service: p.service.name })}</p>
      <CaseworkerCard profile={p} />
      <p>{t('notEmergency', { name })}</p>
      <a href="/messages" class="btn btn-block btn-main">
        {t('sendMessage', { name })}
      </a>
      <a href="/" class="btn btn-secondary btn-block">
        {t('home')}
      </a>
      <Notifications />
      {!justNow && (
        <p>
          <button type="button" class={s.linkButton} onClick={onNewCode}>
            {t('newCode')}
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
      <h1 class={s.heading}>{t('title')}</h1>
      <p class={s.lead}>{t('lead')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void pair(code.value);
        }}
      >
        <div class={problem.value ? 'error-group' : undefined}>
          <label for="pair-code" class={s.label}>
            {t('codeLabel')}
          </label>
          <p id="pair-code-hint" class="hint">
            {t('codeHint')}
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
          {busy.value ? t('linking') : t('link')}
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
            {t('scan')}
          </button>
        ))}
      <p>{t('stays')}</p>
    </div>
  );
}
