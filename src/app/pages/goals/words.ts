import { catalogue } from '#shared/i18n';
import messages from './goals.messages.json' with { type: 'json' };

/** The goals screen's words. */
export const t = catalogue('goals', messages);
