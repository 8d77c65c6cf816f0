import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PairingCodeResponse, PersonSummary } from '#shared/schemas/api';
import { formatPairingCode } from '#shared/schemas/pairing';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Card } from '../../../components/layout';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { whenLong } from '../../../format';
import styles from './style.module.css';

/**
 * The QR code as an image, never as markup in our page: an SVG inside <img> cannot run script,
 * and our Content-Security-Policy forbids inline script anyway.
 */
function svgImageUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Makes a single-use pairing code (24 hours) and shows it large, with its QR code. */
export function Pairing({ person }: { person: PersonSummary }) {
  const { api } = useConsole();
  const [pairing, setPairing] = useState<PairingCodeResponse | null>(null);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function makeCode() {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      setPairing(
        await api.call(endpoints.people.createPairingCode, { params: { personId: person.id } }),
      );
    } catch (error) {
      setErrors(formErrors(error));
    } finally {
      setBusy(false);
    }
  }

  const shown = pairing ? formatPairingCode(pairing.code) : '';
  return (
    <Card labelledBy="pairing-title">
      <h2 id="pairing-title">Link a phone</h2>
      <ErrorSummary errors={errors.summary} />
      {pairing ? (
        <div aria-live="polite">
          <p>
            Ask {person.displayName} to open the HIU app and type this code, or scan the picture.
          </p>
          <p class={styles.code}>
            <span class="visually-hidden">Pairing code: </span>
            {shown}
          </p>
          <img
            class={styles.qr}
            src={svgImageUrl(pairing.qrSvg)}
            alt={`QR code for pairing code ${shown}`}
            width={200}
            height={200}
          />
          <p>
            The code lasts 24 hours (until {whenLong(pairing.expiresAt)}) and works once. We only
            show it now: write it down if you need to.
          </p>
          <Button variant="secondary" onClick={makeCode} disabled={busy}>
            Make a new code
          </Button>
        </div>
      ) : (
        <>
          <p>
            {person.linked
              ? 'To link a new phone, make a pairing code. The phone already linked keeps working.'
              : `Make a pairing code, then give it to ${person.displayName} to type into the HIU app.`}
          </p>
          <Button onClick={makeCode} disabled={busy}>
            {busy ? 'Making a code…' : 'Make a pairing code'}
          </Button>
        </>
      )}
    </Card>
  );
}
