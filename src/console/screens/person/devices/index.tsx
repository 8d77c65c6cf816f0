import { useEffect, useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { Device } from '#shared/schemas/device';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Card, Notice, Warning } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { focusById } from '../../../focus';
import { whenShort } from '../../../format';
import { useLoad } from '../../../use-load';
import styles from './style.module.css';

type Props = { personId: string; onChange: () => void };

/** The phones linked to a person, each with a way to revoke it (a lost or shared phone). */
export function Devices({ personId, onChange }: Props) {
  const { api } = useConsole();
  const [devices, reload] = useLoad(
    (signal) => api.call(endpoints.people.devices, { params: { personId } }, signal),
    [personId],
  );
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [returnTo, setReturnTo] = useState<string | null>(null);

  // Keyboard users land on the question, and back on the button if they cancel.
  useEffect(() => {
    if (confirming) focusById(`confirm-${confirming}`);
    else if (returnTo) focusById(returnTo);
  }, [confirming, returnTo]);

  async function revoke(device: Device) {
    setErrors(NO_ERRORS);
    try {
      await api.call(endpoints.people.revokeDevice, { params: { personId, deviceId: device.id } });
      setConfirming(null);
      setDone(true);
      reload();
      onChange();
    } catch (error) {
      setErrors(formErrors(error));
    }
  }

  const linked = devices.state === 'ready' ? devices.data.filter((d) => !d.revokedAt) : [];
  const revoked = devices.state === 'ready' ? devices.data.filter((d) => d.revokedAt) : [];

  return (
    <Card labelledBy="devices-title">
      <h2 id="devices-title">Linked phones</h2>
      <ErrorSummary errors={errors.summary} />
      {done ? (
        <Notice>
          <p>The phone has been revoked. It can no longer get updates.</p>
        </Notice>
      ) : null}
      {devices.state === 'loading' ? <Loading what="linked phones" /> : null}
      {devices.state === 'failed' ? <LoadFailed failure={devices.failure} retry={reload} /> : null}
      {devices.state === 'ready' && linked.length === 0 ? <p>No phone is linked.</p> : null}
      <ul class={styles.list}>
        {linked.map((device, index) => (
          <li key={device.id} class={styles.device}>
            <h3 class={styles.name}>{device.label ?? `Phone ${index + 1}`}</h3>
            <p>
              Linked {whenShort(device.pairedAt)}.{' '}
              {device.lastSeenAt ? `Last used ${whenShort(device.lastSeenAt)}.` : 'Not used yet.'}
            </p>
            {confirming === device.id ? (
              <Warning>
                <h4 class={styles.confirmTitle} id={`confirm-${device.id}`} tabIndex={-1}>
                  Revoke this phone?
                </h4>
                <ul>
                  <li>It stops getting the plan, hours and messages straight away.</li>
                  <li>
                    Next time the app checks in, the person will see: “This phone is no longer
                    linked to your support team”.
                  </li>
                  <li>Their journal stays on the phone. Nothing on it is deleted.</li>
                  <li>You can link a phone again later with a new pairing code.</li>
                </ul>
                <ButtonGroup>
                  <Button variant="warning" onClick={() => revoke(device)}>
                    Yes, revoke this phone
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setReturnTo(`revoke-${device.id}`);
                      setConfirming(null);
                    }}
                  >
                    Cancel
                  </Button>
                </ButtonGroup>
              </Warning>
            ) : (
              <Button
                variant="warning"
                id={`revoke-${device.id}`}
                onClick={() => {
                  setReturnTo(null);
                  setDone(false);
                  setConfirming(device.id);
                }}
              >
                Revoke this phone
              </Button>
            )}
          </li>
        ))}
      </ul>
      {revoked.length > 0 ? (
        <details class={styles.details}>
          <summary>Phones revoked before ({revoked.length})</summary>
          <ul>
            {revoked.map((device) => (
              <li key={device.id}>
                Linked {whenShort(device.pairedAt)}, revoked {whenShort(device.revokedAt ?? '')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
