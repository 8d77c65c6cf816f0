import { Breathing } from './breathing';
import { Grounding } from './grounding';
import { ThingsThatHelp } from './things-that-help';
import { t } from './words';
import s from './style.module.css';

/**
 * Calm: things to do when it is hard, at night too. Breathing and grounding work offline and
 * while the app is locked (nothing private is on them); the person's own list from their plan
 * shows only once it can be read.
 */
export default function Calm() {
  return (
    <div class={s.page}>
      <h1>{t('title')}</h1>
      <p class={s.lead}>{t('lead')}</p>
      <Breathing />
      <Grounding />
      <ThingsThatHelp />
      {/* Behind the lock like the journal: a locked phone asks for the code first. */}
      <p class={s.more}>
        <a href="/hope">{t('hope')}</a>
      </p>
      <p class={s.more}>{t('talk')}</p>
    </div>
  );
}
