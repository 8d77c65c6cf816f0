import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { PHOTO_MAX_BYTES } from '#shared/schemas/connect';
import { Button, ButtonGroup } from '../../../components/button';
import { FieldGroup } from '../../../components/field';
import { Notice } from '../../../components/layout';
import { useConsole } from '../../../context';
import { formErrors } from '../../../errors';
import { PHOTO_TYPES, preparePhoto, size, type PreparedPhoto } from './photo-file';
import styles from './style.module.css';

const FILE_ID = 'photo-file';

/** A photo served by our API, rather than one of the bundled drawings. */
export function isPhoto(picture: string): boolean {
  return picture.startsWith('/api/');
}

type Props = {
  picture: string;
  onPicture: (picture: string) => void;
  /** Only the caseworker themself may change their photo (it is theirs, on every phone). */
  canUpload: boolean;
  caseworkerName: string;
  personName: string;
};

/** The caseworker's photo on the person's "who to call" card: choose, preview, upload. */
export function Photo({ picture, onPicture, canUpload, caseworkerName, personName }: Props) {
  const { api } = useConsole();
  const [chosen, setChosen] = useState<PreparedPhoto | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function choose(input: HTMLInputElement) {
    setDone(false);
    setUploadError(null);
    const file = input.files?.[0];
    setChosen(file ? await preparePhoto(file) : null);
  }

  async function upload(photo: Blob) {
    setBusy(true);
    setUploadError(null);
    try {
      const { url } = await api.upload(endpoints.auth.uploadPhoto, {}, photo);
      onPicture(url);
      setChosen(null);
      setDone(true);
    } catch (error) {
      setUploadError(formErrors(error).summary[0]?.message ?? 'The photo did not upload.');
    } finally {
      setBusy(false);
    }
  }

  const error = chosen && !chosen.ok ? chosen.message : (uploadError ?? undefined);
  return (
    <div class={styles.photo}>
      <h3 class={styles.photoTitle}>Photo</h3>
      {done ? (
        <Notice>
          <p>
            Your photo is uploaded. Press “Save the guide” below to show it on {personName}’s card
            for you.
          </p>
        </Notice>
      ) : null}
      <div class={styles.photoNow}>
        {isPhoto(picture) ? (
          <img
            class={styles.photoImage}
            src={picture}
            alt={`The photo of ${caseworkerName} on this card`}
            width={96}
            height={96}
          />
        ) : (
          <p>No photo on this card. The app shows a simple drawing of a person instead.</p>
        )}
        {isPhoto(picture) ? (
          <Button variant="secondary" onClick={() => onPicture('caseworker')}>
            Use the drawing instead
          </Button>
        ) : null}
      </div>
      {canUpload ? (
        <>
          <FieldGroup
            id={FILE_ID}
            label="Upload a photo of yourself"
            hint={`A friendly photo helps people know who they are talking to. JPEG, PNG or WebP. A photo over ${size(PHOTO_MAX_BYTES)} is made smaller for you. It is shown on the phones of everyone you support.`}
            error={error}
          >
            <input
              class={styles.file}
              id={FILE_ID}
              type="file"
              accept={PHOTO_TYPES.join(',')}
              aria-describedby={`${FILE_ID}-hint${error ? ` ${FILE_ID}-error` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(event) => void choose(event.currentTarget)}
            />
          </FieldGroup>
          {chosen?.ok ? (
            <div class={styles.preview}>
              <img
                class={styles.photoImage}
                src={chosen.preview}
                alt="Preview of the photo you chose"
                width={96}
                height={96}
              />
              <div>
                <p>
                  {chosen.shrunkFrom
                    ? `We made this photo smaller to send it (${size(chosen.shrunkFrom)} to ${size(chosen.file.size)}).`
                    : `This photo is ${size(chosen.file.size)}.`}
                </p>
                <ButtonGroup>
                  <Button onClick={() => void upload(chosen.file)} disabled={busy}>
                    {busy ? 'Uploading…' : 'Use this photo'}
                  </Button>
                </ButtonGroup>
              </div>
            </div>
          ) : null}
        </>
      ) : (
        <p class={styles.note}>Only {caseworkerName} can upload their own photo.</p>
      )}
    </div>
  );
}
