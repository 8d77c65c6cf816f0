import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Ready, type Command } from './protocol';

const ROOT = join(import.meta.dirname, '..', '..');

/** The next IPC message from the target that `parse` accepts. */
export function nextMessage<T>(
  child: ChildProcess,
  parse: (m: unknown) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => {
      const value = parse(m);
      if (value === undefined) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(value);
    };
    const onExit = (code: number | null) => reject(new Error(`bench target exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Fork bench/lib/target.ts with these variables and wait until it is seeded and serving. */
export async function startTarget(env: Record<string, string>) {
  const child = fork(join(import.meta.dirname, 'target.ts'), [], {
    cwd: ROOT,
    // --expose-gc: the memory report can tell live memory from garbage not yet collected.
    // As `npm start` runs the server (a small young generation: see bench/README.md, memory);
    // BENCH_NODE_FLAGS: more flags for the server's node, later ones win (memory experiments).
    execArgv: [
      '--max-semi-space-size=2',
      '--import',
      'tsx',
      '--expose-gc',
      ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
    ],
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child, (m) => Ready.safeParse(m).data);
  const send = (c: Command) => child.send(c);
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    send({ kind: 'stop' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, ready, send, stop };
}
