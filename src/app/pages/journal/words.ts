import { catalogue } from '#shared/i18n';
import messages from './journal.messages.json' with { type: 'json' };

/** The journal's words, for its list, its parts, the feeling steps and the entry screens. */
export const t = catalogue('journal', messages);
