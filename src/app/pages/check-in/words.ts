import { catalogue } from '#shared/i18n';
import messages from './check-in.messages.json' with { type: 'json' };

/** The wellbeing check-in's words. */
export const t = catalogue('check-in', messages);
