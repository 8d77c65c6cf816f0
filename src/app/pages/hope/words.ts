import { catalogue } from '#shared/i18n';
import messages from './hope.messages.json' with { type: 'json' };

/** The hope box's words. */
export const t = catalogue('hope', messages);
