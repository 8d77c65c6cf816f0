// Before any module that builds a zod schema.
import '../shared/zod-jitless';
// The shared styles first, so each screen's CSS module can build on them.
import './styles/global.css';
import { render } from 'preact';
import { App } from './shell/app';
import { connectAppState } from './wiring/connect';
import { createAppState } from './state';

const state = createAppState();
connectAppState(state);

const root = document.getElementById('app');
if (root) {
  // Drop the static fallback from index.html (Preact would otherwise keep it beside the app).
  root.replaceChildren();
  render(<App state={state} />, root);
}
