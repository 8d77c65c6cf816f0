import { Component, type ComponentChildren } from 'preact';
import { catalogue } from '#shared/i18n';
import messages from './error-boundary.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('error-boundary', messages);

interface Props {
  /** The current path: moving to another screen clears the error. */
  path: string;
  children: ComponentChildren;
}

interface State {
  error: Error | null;
}

/**
 * Catches a screen that crashes and shows a calm message in its place. It sits inside the
 * shell, so Help now and 999 stay on screen whatever went wrong.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A screen crashed', error);
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.path !== this.props.path && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div class={s.box} role="alert">
        <h1>{t('title')}</h1>
        <p>{t('helpStill')}</p>
        <p>{t('saved')}</p>
        <div class={s.actions}>
          <button type="button" class="btn" onClick={() => this.setState({ error: null })}>
            {t('tryAgain')}
          </button>
          <a href="/" class="btn btn-secondary">
            {t('home')}
          </a>
        </div>
      </div>
    );
  }
}
