import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import s from './style.module.css';
import { ErrorMessage } from '../../../ui/error-message';
import { catalogue } from '#shared/i18n';
import messages from './pair-scanner.messages.json' with { type: 'json' };

const t = catalogue('pair-scanner', messages);

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

function isDetectorClass(value: unknown): value is BarcodeDetectorClass {
  return typeof value === 'function' && 'getSupportedFormats' in value;
}

/** The browser's QR reader, if it has one and a camera can be asked for (never required). */
export async function qrDetector(): Promise<BarcodeDetectorClass | null> {
  if (typeof window === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null;
  const Detector: unknown = Reflect.get(window, 'BarcodeDetector');
  if (!isDetectorClass(Detector)) return null;
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code') ? Detector : null;
  } catch {
    return null;
  }
}

/** The code in what a QR code says: our `/pair?code=...` address, or the code itself. */
export function codeFromQr(raw: string): string {
  try {
    const url = new URL(raw);
    return url.searchParams.get('code') ?? '';
  } catch {
    return raw;
  }
}

/** Shows the camera and reads the caseworker's QR code. Stops the camera when closed. */
export function Scanner({
  onCode,
  onClose,
}: {
  onCode: (code: string) => void;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const problem = useSignal<string | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    void (async () => {
      const Detector = await qrDetector();
      if (!Detector) return;
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch {
        problem.value = t('cameraFailed');
        return;
      }
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      const detector = new Detector({ formats: ['qr_code'] });
      const look = async () => {
        if (stopped || !video.current) return;
        try {
          const found = await detector.detect(video.current);
          const code = found.map((b) => codeFromQr(b.rawValue)).find(Boolean);
          if (code) {
            onCode(code);
            return;
          }
        } catch {
          // The video is not ready yet: look again.
        }
        timer = setTimeout(() => void look(), 250);
      };
      void look();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <div class={s.scanner}>
      <p>{t('point')}</p>
      <video ref={video} class={s.video} muted playsInline aria-label={t('cameraView')} />
      {problem.value && <ErrorMessage standalone>{problem.value}</ErrorMessage>}
      <button type="button" class="btn btn-secondary btn-block" onClick={onClose}>
        {t('stop')}
      </button>
    </div>
  );
}
