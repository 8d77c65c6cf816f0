// Before any module that builds a zod schema.
import '../shared/zod-jitless';
import { render } from 'preact';
import { Root } from './root';
import { ConsoleContext } from './context';
import { createConsoleState } from './state';
import './global.css';

const state = createConsoleState();
const root = document.getElementById('root');
if (root) {
  render(
    <ConsoleContext.Provider value={state}>
      <Root />
    </ConsoleContext.Provider>,
    root,
  );
}
