import { catalogue } from '#shared/i18n';
import messages from './entry.messages.json' with { type: 'json' };

/** The words of one journal entry: reading, writing, changing, deleting and sharing it. */
export const t = catalogue('entry', messages);
