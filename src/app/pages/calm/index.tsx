import { Breathing } from './breathing';
import { Grounding } from './grounding';
import { ThingsThatHelp } from './things-that-help';
import s from './style.module.css';

/**
 * Calm: things to do when it is hard, at night too. Breathing and grounding work offline and
 * while the app is locked (nothing private is on them); the person's own list from their plan
 * shows only once it can be read.
 */
export default function Calm() {
  return (
    <div class={s.page}>
      <h1>Calm</h1>
      <p class={s.lead}>Things you can do now to feel a bit calmer. Try one, or all of them.</p>
      <Breathing />
      <Grounding />
      <ThingsThatHelp />
      {/* Behind the lock like the journal: a locked phone asks for the code first. */}
      <p class={s.more}>
        <a href="/hope">Look at the photos and words in my hope box</a>
      </p>
      <p class={s.more}>
        If you need to talk to someone, Help now at the top of the screen shows who you can call or
        text now.
      </p>
    </div>
  );
}
