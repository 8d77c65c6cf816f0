import { compileMessage } from '@lingui/message-utils/compileMessage';
import { setMessageCompiler } from '../../src/shared/i18n';

// Tests read the catalogues as plain JSON, as the server does, so they compile on first use.
setMessageCompiler(compileMessage);
