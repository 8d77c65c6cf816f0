import { useState } from 'preact/hooks';
import { formErrors, NO_ERRORS, type FieldTarget } from './errors';

/**
 * A form's save: `busy` while it runs, the errors it got (mapped to fields by `fieldFor`), and
 * whether the last one saved. `save(run)` clears the notice, runs, and keeps the outcome.
 */
export function useSave(fieldFor: (path: string) => FieldTarget | undefined) {
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  async function save(run: () => Promise<void>): Promise<void> {
    setBusy(true);
    setSaved(false);
    try {
      await run();
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (error) {
      setErrors(formErrors(error, fieldFor));
    } finally {
      setBusy(false);
    }
  }
  return { errors, saved, busy, save };
}
