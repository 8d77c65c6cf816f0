import { compileMessage } from '@lingui/message-utils/compileMessage';
import { setMessageCompiler } from '../shared/i18n';

// The server reads the shared catalogues as plain JSON (no build step), so it compiles each
// message on first use. The words it writes (console lines, leave notices) are English.
setMessageCompiler(compileMessage);
