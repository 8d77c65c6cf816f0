export { keptWhenRefused } from '../../device/send-one';

/**
 * Why something did not reach the caseworker, in kind and true words. An id already used
 * elsewhere (409 `id_taken`) will be refused every time, so we do not suggest trying again.
 */
export function notSentWords(failed: { error: string }, name: string): string {
  if (failed.error === 'id_taken') {
    return `This did not reach ${name}. It is still saved on this phone. Sending it again will not help, so you could tell ${name} about it when you next talk.`;
  }
  return `This did not reach ${name}. It is still saved on this phone.`;
}
