// Before any module that builds a zod schema.
import '../shared/zod-jitless';
import { render } from 'preact';
import { applyStyles } from '../ui/styles-ready';
import { Root } from './root';
import { ConsoleContext } from './context';
import { createConsoleState } from './state';
import './global.css';

const state = createConsoleState();
const root = document.getElementById('root');
if (root) {
  // The stylesheet is a preload (it never blocks the first paint): draw once it is in force.
  void applyStyles().then(() =>
    render(
      <ConsoleContext.Provider value={state}>
        <Root />
      </ConsoleContext.Provider>,
      root,
    ),
  );
}
