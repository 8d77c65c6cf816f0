import { catalogue } from '#shared/i18n';
import messages from './calm.messages.json' with { type: 'json' };

/** The words of Calm: breathing, grounding and the things that help. */
export const t = catalogue('calm', messages);
