import { catalogue } from '#shared/i18n';
import messages from './plan.messages.json' with { type: 'json' };

/** The words of My plan and its editor. */
export const t = catalogue('plan', messages);
