// zod builds fast parsers with `new Function`, after probing whether the page allows it. The app
// and the console forbid eval in their content security policy, and the browser reports even a
// probe that zod catches as a violation. Each face imports this first, before any schema is
// built, so zod never tries. Only zod's small core module is pulled in.
import { config } from 'zod/v4/core';

config({ jitless: true });
