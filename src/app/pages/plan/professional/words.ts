import { catalogue } from '#shared/i18n';
import messages from './plan-professional.messages.json' with { type: 'json' };

/** The words around the plan shown to a professional: printing, and what it shows. */
export const t = catalogue('plan-professional', messages);
