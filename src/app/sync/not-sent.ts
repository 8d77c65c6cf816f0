import { catalogue } from '#shared/i18n';
import messages from './not-sent.messages.json' with { type: 'json' };

export { keptWhenRefused } from '../../device/send-one';

const t = catalogue('not-sent', messages);

/**
 * Why something did not reach the caseworker, in kind and true words. An id already used
 * elsewhere (409 `id_taken`) will be refused every time, so we do not suggest trying again.
 */
export function notSentWords(failed: { error: string }, name: string): string {
  if (failed.error === 'id_taken') {
    return t('refused', { name });
  }
  return t('notReached', { name });
}
