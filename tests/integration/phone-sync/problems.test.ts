import { describe, expect, it } from 'vitest';
import { listOutbox } from '../../../src/app/store/outbox';
import { sendMessage } from '../../../src/app/sync/actions';
import { ENGINES } from '../support/engines';
import { START } from '../support/harness';
import { pairedPhone, useRealServer } from './phone';

describe.each(ENGINES)('a sync that goes wrong, against the real server on %s', (engine) => {
  const server = useRealServer(engine);

  it('a Wi-Fi sign-in page instead of the answer is kept as a problem, and cleared by the next good sync', async () => {
    const phone = await pairedPhone(server());
    expect(phone.state.sync.problem.value).toBeNull();
    phone.net.setSignal('offline');
    await sendMessage(phone.state, 'Are you in today?');
    await phone.engine.run();
    expect(phone.state.sync.problem.value).toBeNull(); // no signal is not a problem
    phone.net.setSignal('up');
    // The message goes through; the sync after it gets a web page with a 200.
    phone.net.duringNextRequest({
      at: 'answer',
      run: async () => void phone.net.proxyAnswersNext({ status: 200 }),
    });
    await phone.engine.run();
    expect(phone.state.sync.problem.value).toEqual({ at: START.toISOString(), kind: 'answer' });
    expect(await listOutbox(await phone.lock.db())).toEqual([]);

    phone.net.proxyAnswersNext({ status: 502 });
    await phone.engine.run();
    expect(phone.state.sync.problem.value?.kind).toBe('server');

    phone.setClock('2026-11-23T10:05:00Z');
    await phone.engine.run();
    expect(phone.state.sync.problem.value).toBeNull();
  });

  it('storage that fails under the sync keeps the app calm and says what kind, without the words', async () => {
    const phone = await pairedPhone(server());
    await sendMessage(phone.state, 'worried about the rent');
    await phone.engine.run();
    // The browser closes the phone's database under the app (storage cleared, disk trouble).
    (await phone.lock.db()).close();
    await expect(phone.engine.run()).resolves.toBeUndefined();
    const problem = phone.state.sync.problem.value;
    expect(problem).toEqual({ at: START.toISOString(), kind: 'storage' });
    expect(JSON.stringify(problem)).not.toContain('rent');
  });
});
