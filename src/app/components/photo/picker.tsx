import { useSignal } from '@preact/signals';
import { dataUrlOf, toBase64 } from '../../store/base64';
import { shrinkPhoto, shrinkProblemWords } from './shrink';
import { catalogue } from '#shared/i18n';
import messages from './photo.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('photo', messages);

/** A photo chosen and made ready (smaller, no metadata), as base64 and as a URL to show. */
export interface ChosenPhoto {
  type: 'image/jpeg';
  data: string;
  url: string;
}

interface Props {
  /** The file input's id (its label is the button the person sees). */
  id: string;
  label: string;
  chosen: ChosenPhoto | null;
  /** What the preview says to a screen reader, e.g. "The photo you chose". */
  alt: string;
  onChosen: (photo: ChosenPhoto | null) => void;
  /** Why a photo could not be used, in kind words; null when it could. */
  onProblem: (words: string | null) => void;
}

/**
 * Choose a photo (or take one: phones offer the camera for `accept="image/*"`), made ready on
 * the phone before anything keeps it. The file input is the control, laid see-through over its
 * label, which looks like a button: the tap target is the whole button, and the input keeps its
 * own keyboard and screen reader behaviour.
 */
export function PhotoPicker({ id, label, chosen, alt, onChosen, onProblem }: Props) {
  const busy = useSignal(false);

  async function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared at once: the same photo chosen again must fire another change.
    input.value = '';
    if (!file) return;
    busy.value = true;
    try {
      const made = await shrinkPhoto(file);
      if (!made.ok) {
        onProblem(shrinkProblemWords(made.problem));
        return;
      }
      const data = toBase64(made.bytes);
      onProblem(null);
      onChosen({ type: made.type, data, url: dataUrlOf(made.type, data) });
    } finally {
      busy.value = false;
    }
  }

  if (chosen) {
    return (
      <div class={s.chosen}>
        <img class={s.preview} src={chosen.url} alt={alt} data-testid="chosen-photo" />
        <button type="button" class="btn btn-secondary" onClick={() => onChosen(null)}>
          {t('remove')}
        </button>
      </div>
    );
  }
  return (
    <div class={s.pick}>
      <input
        type="file"
        id={id}
        class={s.input}
        accept="image/*"
        disabled={busy.value}
        onChange={(e) => void pick(e.currentTarget)}
      />
      <label for={id} class={`btn btn-secondary ${s.button}`}>
        {busy.value ? t('gettingReady') : label}
      </label>
    </div>
  );
}
