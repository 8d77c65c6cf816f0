import { clockTime } from '#shared/time-words';
import type { TextsView } from '#shared/schemas/texts';

/** The one text every person gets (the GOV.UK Notify template says exactly this). */
export const TEXT_WORDS = 'You have a new message from your support team. Open the app to read it.';

/** Every whole hour as a choice: "9pm" is 21:00. */
export const HOUR_CHOICES = Array.from({ length: 24 }, (_, hour) => ({
  value: `${String(hour).padStart(2, '0')}:00`,
  label: clockTime(hour, 0),
}));

/** "3 hours", "90 minutes": how long a reply waits before a text. */
export function delayWords(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/** Why texts are not going, in the order to put it right; null when they are on. */
export function whyOff(view: TextsView, name: string): string | null {
  if (!view.available) {
    return 'Texts are not set up for this service. Whoever runs the server can turn them on with GOV.UK Notify.';
  }
  if (view.consent === 'withdrawn')
    return `${name} said no to texts. Record it on the Consent tab if they change their mind.`;
  if (view.consent === 'not-recorded')
    return `Record that ${name} agrees to texts on the Consent tab.`;
  if (!view.number) return `Add ${name}’s mobile number below.`;
  return null;
}
