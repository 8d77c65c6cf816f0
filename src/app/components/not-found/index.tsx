import { catalogue } from '#shared/i18n';
import messages from './not-found.messages.json' with { type: 'json' };

const t = catalogue('not-found', messages);

/** A path the app does not know: say so plainly and offer the way home. */
export function NotFound() {
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('moved')}</p>
      <p>
        <a href="/">{t('home')}</a>
      </p>
    </>
  );
}
