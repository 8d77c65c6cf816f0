// Before any module that builds a zod schema.
import '../shared/zod-jitless';
// The shared styles first, so each screen's CSS module can build on them.
import './styles/global.css';
import { render } from 'preact';
import { applyStyles } from '../ui/styles-ready';
import { App } from './shell/app';
import { connectAppState } from './wiring/connect';
import { createAppState } from './state';
import { startLocale } from './i18n/start';

// The language first: nothing may word anything before it is set.
const language = startLocale();
const state = createAppState();
connectAppState(state);

const root = document.getElementById('app');
if (root) {
  // The boot screen (Help now, painted before any script) stays until the styles are in force;
  // then the app replaces it in one go, so nothing on screen moves while half styled.
  void Promise.all([applyStyles(), language]).then(() => {
    root.replaceChildren();
    render(<App state={state} />, root);
  });
}
