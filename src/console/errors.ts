import type { ErrorItem } from './components/error-summary';
import { nhsTime } from '#shared/time-words';
import { ApiFailure } from './api';

/** What a form shows after a failed save: the summary at the top and a message by each field. */
export type FormErrors = { summary: ErrorItem[]; fields: Record<string, string> };

export const NO_ERRORS: FormErrors = { summary: [], fields: {} };

/** An input's id, or its id and words saying where it is ("Monday, from") for the summary. */
export type FieldTarget = string | { id: string; where: string; message?: string };

/**
 * Turns a failure into form errors. `fieldId` maps an API field path (`weekly.0.start`) to the id
 * of the input that shows it, or undefined when the form has no such input.
 */
export function formErrors(
  error: unknown,
  fieldId: (path: string) => FieldTarget | undefined = (path) => path,
): FormErrors {
  if (!(error instanceof ApiFailure)) {
    return { summary: [{ message: 'Something went wrong. Please try again.' }], fields: {} };
  }
  const entries = Object.entries(error.fields);
  if (entries.length === 0) {
    let message = error.message;
    if (error.status === 429 && error.retryAt && !/\d:\d\d/.test(message)) {
      message = `${message} You can try again at ${nhsTime(error.retryAt)}.`;
    }
    return { summary: [{ message }], fields: {} };
  }
  const summary: ErrorItem[] = [];
  const fields: Record<string, string> = {};
  for (const [path, message] of entries) {
    const target = fieldId(path);
    const id = typeof target === 'string' ? target : target?.id;
    const where = typeof target === 'object' ? `${target.where}: ` : '';
    const words = (typeof target === 'object' ? target.message : undefined) ?? message;
    if (id && !fields[id]) {
      fields[id] = words;
      summary.push({ message: `${where}${words}`, fieldId: id });
    } else if (!id) {
      summary.push({ message });
    }
  }
  return { summary, fields };
}

/** Errors found before sending, in the order of the fields on the page. */
export function localErrors(found: [fieldId: string, message: string][]): FormErrors {
  return {
    summary: found.map(([fieldId, message]) => ({ fieldId, message })),
    fields: Object.fromEntries(found),
  };
}
