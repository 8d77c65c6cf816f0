import { useEffect, useState } from 'preact/hooks';
import type { PasswordContext } from '#shared/password-strength';

type Judge = (password: string, context: PasswordContext) => string | undefined;

export interface StrengthHint {
  /** What the server would say about this password, once the rule has loaded. */
  problem: string | undefined;
  /** The rule has loaded and judged the password as it is now. */
  judged: boolean;
}

/**
 * The server's password rule, run as the person types. Its word lists are large, so they load
 * only here, on the first key press, never with the sign-in page. A short pause after typing
 * keeps each key press quick.
 */
export function useStrengthHint(password: string, context: PasswordContext): StrengthHint {
  const [judge, setJudge] = useState<Judge | undefined>(undefined);
  const [hint, setHint] = useState<StrengthHint>({ problem: undefined, judged: false });
  const { email, name, serviceName } = context;

  useEffect(() => {
    if (judge || password === '') return;
    let cancelled = false;
    import('#shared/password-strength').then(
      (rule) => {
        if (!cancelled) setJudge(() => rule.passwordProblem);
      },
      // Offline or a failed load: the server still checks when the form is sent.
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [judge, password]);

  useEffect(() => {
    setHint({ problem: undefined, judged: false });
    if (!judge || password === '') return;
    const timer = setTimeout(() => {
      setHint({ problem: judge(password, { email, name, serviceName }), judged: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [judge, password, email, name, serviceName]);

  return hint;
}
