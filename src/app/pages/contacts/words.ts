import { catalogue } from '#shared/i18n';
import messages from './contacts.messages.json' with { type: 'json' };

/** The words of Staying in touch. */
export const t = catalogue('contacts', messages);
