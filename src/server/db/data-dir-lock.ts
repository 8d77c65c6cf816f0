import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Someone else has the data directory open. Its message is ready to print. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

/**
 * PGlite is one process's database: two processes opening the same directory corrupt it.
 * A pid file stops the admin command (or a second server) from opening a directory in use.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'hiu.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const pid = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirInUseError(
          `Another process (pid ${pid}) is using the database in ${dir}. Stop it first: ` +
            'PGlite can only be opened by one process at a time.',
        );
      }
      rmSync(file, { force: true }); // left behind by a process that has gone
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
