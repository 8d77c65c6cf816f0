import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GOV.UK Notify API on 127.0.0.1: it checks each request's JWT as
 * Notify does (HS256 with the key's secret, `iss` the service id, `iat` within 30 s), records
 * exactly what it was sent, and answers like Notify. Nothing leaves this machine.
 */
export const TEST_NOTIFY_SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const TEST_NOTIFY_SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
export const TEST_NOTIFY_KEY = `hiu_test-${TEST_NOTIFY_SERVICE_ID}-${TEST_NOTIFY_SECRET}`;
export const TEST_TEMPLATE_ID = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
/** 32 bytes, base64: the key numbers are sealed under in tests. */
export const TEST_NUMBER_KEY = Buffer.alloc(32, 7).toString('base64');
/** What the template says, as Notify would fill it in. */
export const TEMPLATE_WORDS =
  'You have a new message from your support team. Open the app to read it.';

export interface ReceivedText {
  at: string;
  /** The raw JSON body exactly as it arrived. */
  raw: string;
  phoneNumber: string;
  templateId: string;
  reference: string | null;
  /** Every field name of the body, to show nothing else was sent. */
  fields: string[];
}

export interface NotifyStandIn {
  url: string;
  received(): ReceivedText[];
  /** Answer the next `count` texts with `status` (429, 500: retried; 400: given up on). */
  failNext(status: number, count?: number): void;
  /** Drop the connection on the next `count` texts without answering. */
  reset(): void;
  stop(): Promise<void>;
}

/** The env that points the server at a stand-in. */
export function notifyEnv(url: string, extra: Record<string, string> = {}) {
  return {
    NOTIFY_API_KEY: TEST_NOTIFY_KEY,
    NOTIFY_SMS_TEMPLATE_ID: TEST_TEMPLATE_ID,
    NOTIFY_BASE_URL: url,
    SMS_NUMBER_KEY: TEST_NUMBER_KEY,
    ...extra,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** True when `token` is an HS256 JWT signed with the secret for our service, made just now. */
function tokenIsGood(token: string): boolean {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return false;
  const expected = createHmac('sha256', TEST_NOTIFY_SECRET).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (typeof claims !== 'object' || claims === null) return false;
  const iss = 'iss' in claims ? claims.iss : undefined;
  const iat = 'iat' in claims ? claims.iat : undefined;
  // The client signs with the real clock; the server under test may run on a moved one.
  return (
    iss === TEST_NOTIFY_SERVICE_ID &&
    typeof iat === 'number' &&
    Math.abs(Date.now() / 1000 - iat) <= 30
  );
}

const field = (o: Record<string, unknown>, name: string) =>
  typeof o[name] === 'string' ? o[name] : null;

export async function startNotifyStandIn(port = 0): Promise<NotifyStandIn> {
  const received: ReceivedText[] = [];
  const failures: number[] = [];
  let resets = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const answer = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method !== 'POST' || req.url !== '/v2/notifications/sms') {
        return answer(404, { status_code: 404, errors: [{ error: 'NotFound' }] });
      }
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ') || !tokenIsGood(auth.slice(7))) {
        return answer(403, { status_code: 403, errors: [{ error: 'AuthError' }] });
      }
      if (resets > 0) {
        resets -= 1;
        req.socket.destroy();
        return;
      }
      const failure = failures.shift();
      if (failure) return answer(failure, { status_code: failure, errors: [{ error: 'Test' }] });
      const parsed: unknown = JSON.parse(raw);
      const body: Record<string, unknown> =
        typeof parsed === 'object' && parsed !== null
          ? Object.fromEntries(Object.entries(parsed))
          : {};
      const templateId = field(body, 'template_id') ?? '';
      if (templateId !== TEST_TEMPLATE_ID) {
        return answer(400, { status_code: 400, errors: [{ error: 'BadRequestError' }] });
      }
      received.push({
        at: new Date().toISOString(),
        raw,
        phoneNumber: field(body, 'phone_number') ?? '',
        templateId,
        reference: field(body, 'reference'),
        fields: Object.keys(body).sort(),
      });
      const id = randomUUID();
      answer(201, {
        id,
        reference: field(body, 'reference'),
        content: { body: TEMPLATE_WORDS, from_number: 'NHS' },
        uri: `${url}/v2/notifications/${id}`,
        template: { id: templateId, version: 1, uri: `${url}/templates/${templateId}` },
        scheduled_for: null,
      });
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    received: () => [...received],
    failNext: (status, count = 1) => {
      for (let i = 0; i < count; i += 1) failures.push(status);
    },
    reset: () => {
      resets += 1;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
