import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * The `web-push-testing` package as a real local push service (its own process), so pushes
 * go through real encryption, VAPID checks and HTTP. It decrypts what it receives, which lets
 * tests read back exactly what a phone's lock screen could be given.
 */
export interface PushService {
  url: string;
  /** A new subscription, as a browser's PushManager.subscribe would give (plus its clientHash). */
  subscribe(vapidPublicKey: string): Promise<TestSubscription>;
  /** The decrypted payloads received for a subscription so far. */
  received(clientHash: string): Promise<string[]>;
  /** Make the subscription answer 410 Gone from now on (as when a phone unsubscribes). */
  expire(clientHash: string): Promise<void>;
  stop(): Promise<void>;
}

export interface TestSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  clientHash: string;
}

/** A port nobody is using right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function serverScript(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('web-push-testing/package.json');
  return join(dirname(pkg), 'src', 'bin', 'server.js');
}

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new Error('expected an object');
  return Object.fromEntries(Object.entries(value));
}

export async function startPushService(port?: number): Promise<PushService> {
  const listenOn = port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [serverScript(), String(listenOn)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('web-push-testing did not start')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Server running')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web-push-testing exited (${code})`));
    });
  });
  // Its own logs (JWT checks) would only clutter test output.
  child.stdout?.resume();
  child.stderr?.resume();
  const url = `http://localhost:${listenOn}`;
  return {
    url,
    subscribe: async (vapidPublicKey) => {
      const res = await post(`${url}/subscribe`, {
        userVisibleOnly: 'true',
        applicationServerKey: vapidPublicKey,
      });
      if (!res.ok) throw new Error(`subscribe failed: ${res.status} ${await res.text()}`);
      const data = record(record(await res.json()).data);
      const keys = record(data.keys);
      return {
        endpoint: String(data.endpoint),
        keys: { p256dh: String(keys.p256dh), auth: String(keys.auth) },
        clientHash: String(data.clientHash),
      };
    },
    received: async (clientHash) => {
      const res = await post(`${url}/get-notifications`, { clientHash });
      if (!res.ok) throw new Error(`get-notifications failed: ${res.status}`);
      const data = record(record(await res.json()).data);
      return Array.isArray(data.messages) ? data.messages.map(String) : [];
    },
    expire: async (clientHash) => {
      const res = await fetch(`${url}/expire-subscription/${clientHash}`, { method: 'POST' });
      if (!res.ok) throw new Error(`expire failed: ${res.status}`);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
