import { catalogue } from '#shared/i18n';
import messages from './feeling.messages.json' with { type: 'json' };

/** The words of the "How I'm feeling" steps. */
export const t = catalogue('feeling', messages);
