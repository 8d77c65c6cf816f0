import { describe, expect, it } from 'vitest';
import { listMessages } from '../../../src/app/store/messages';
import { enqueue, listOutbox } from '../../../src/app/store/outbox';
import { sendMessage } from '../../../src/app/sync/actions';
import { ENGINES } from '../support/engines';
import { pairedPhone, useRealServer, type Phone } from './phone';

const SECRET = 'worried about the gas bill';

async function rawText(phone: Phone): Promise<string> {
  const db = await phone.lock.db();
  const parts = [await db.getAll('messages'), await db.getAll('outbox')];
  return JSON.stringify(parts, (_k, v: unknown) =>
    v instanceof ArrayBuffer ? Buffer.from(v).toString('latin1') : v,
  );
}

describe.each(ENGINES)('messages and the app lock, against the real server on %s', (engine) => {
  const server = useRealServer(engine);

  it('setting a lock encrypts the messages and waiting words already on the phone', async () => {
    const phone = await pairedPhone(server());
    await sendMessage(phone.state, `sent: ${SECRET}`);
    await phone.engine.run();
    phone.net.setSignal('offline');
    await sendMessage(phone.state, `waiting: ${SECRET}`);
    expect(await rawText(phone)).toContain(SECRET);

    await phone.lock.setLock('pin', '482916');
    expect(await rawText(phone)).not.toContain(SECRET);
    expect((await listMessages(phone.lock)).map((m) => m.body)).toEqual([`sent: ${SECRET}`]);

    await phone.lock.removeLock('482916');
    expect(await rawText(phone)).toContain(`waiting: ${SECRET}`);
  });

  it('a push subscription in the outbox is not sealed, so it can go while locked', async () => {
    const phone = await pairedPhone(server());
    phone.net.setSignal('offline');
    await enqueue(phone.lock, {
      id: 'e1b2c3d4-0000-4000-8000-000000000009',
      kind: 'push-on',
      endpoint: 'device.pushOn',
      json: { endpoint: 'https://push.example/abc', keys: { p256dh: 'p', auth: 'a' } },
    });
    await phone.lock.setLock('pin', '482916');
    await phone.lock.lockNow();
    const [waiting] = await listOutbox(await phone.lock.db());
    expect(waiting?.body?.sealed).toBe(false);
    phone.net.setSignal('up');
    await phone.engine.run();
    const kept = await server()
      .h.db.selectFrom('push_subscriptions')
      .select('endpoint')
      .where('person_id', '=', phone.personId)
      .execute();
    expect(kept).toEqual([{ endpoint: 'https://push.example/abc' }]);
  });
});
