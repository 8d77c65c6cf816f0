import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Email } from '#shared/schemas/common';
import { createService, resetPassword } from '../accounts/staff';
import type { Db } from '../db/database';
import type { BusMessage } from '../live/bus';
import { emailTaken } from '../db/tables/caseworkers.table';
import { listServicesForAdmin } from '../db/tables/services.table';
import { exportAllOutcomes } from '../outcomes/export';

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-service --name "Service name" --lead-email lead@example.org [--lead-name "Name"]
      Make a new HIU service and its lead. Prints the lead's one-time password.
  reset-password --email someone@example.org
      Give a member of staff a new one-time password and sign them out everywhere.
  list-services
      List every service with how many staff and people it has.
  export-outcomes [--out outcomes.csv]
      Write the anonymised outcome figures of every service as CSV (docs/outcomes.md lists
      the columns) to the file, or to standard output without --out.

Uses the same DATA_DIR or DATABASE_URL as the server. With the embedded database (no
DATABASE_URL), stop the server first: only one process can open DATA_DIR at a time.`;

/** A mistake in how the command was called: print the message, exit 2. */
export class UsageError extends Error {}

function required(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new UsageError(`Please give ${flag}.`);
  return value.trim();
}

function email(value: string | undefined, flag: string): string {
  const parsed = Email.safeParse(required(value, flag));
  if (!parsed.success) throw new UsageError(`${flag} does not look like an email address.`);
  return parsed.data;
}

/**
 * Run one admin command against `db`, writing what it has to say through `out`. `announce`
 * reaches the running servers (on PostgreSQL they may be up while this runs): without it, a
 * server could accept a session this command ended until its cached check expires.
 */
export async function runAdmin(
  db: Db,
  argv: string[],
  out: (line: string) => void,
  now = new Date(),
  announce: (message: BusMessage) => Promise<void> = async () => {},
): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        'lead-email': { type: 'string' },
        'lead-name': { type: 'string' },
        email: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    out(USAGE);
    return;
  }
  if (command === 'create-service') {
    const name = required(values.name, '--name');
    const leadEmail = email(values['lead-email'], '--lead-email');
    if (await emailTaken(db, leadEmail))
      throw new UsageError(`${leadEmail} already has an account.`);
    const leadName = values['lead-name']?.trim() || 'HIU lead';
    const { serviceId, lead } = await db
      .transaction()
      .execute((trx) => createService(trx, { name, leadName, leadEmail, now }));
    out(`Service "${name}" made (id ${serviceId}).`);
    out(`Lead: ${leadEmail}`);
    out(`One-time password: ${lead.oneTimePassword}`);
    out('They will choose their own password when they first sign in.');
  } else if (command === 'reset-password') {
    const who = email(values.email, '--email');
    const reset = await resetPassword(db, who, now);
    if (!reset) throw new UsageError(`There is no account for ${who}.`);
    await announce({ kind: 'sessions-ended', caseworkerId: reset.caseworkerId });
    out(`New one-time password for ${who}: ${reset.password}`);
    out('They have been signed out everywhere and will choose a new password at sign-in.');
  } else if (command === 'list-services') {
    const services = await listServicesForAdmin(db);
    if (services.length === 0) out('No services yet.');
    for (const s of services) {
      out(`${s.id}  ${s.name}  (${s.caseworkers} staff, ${s.people} people)`);
    }
  } else if (command === 'export-outcomes') {
    const file = values.out?.trim();
    if (!file) {
      await exportAllOutcomes(db, now, out);
      return;
    }
    const fd = openSync(file, 'w', 0o600);
    try {
      const done = await exportAllOutcomes(db, now, (line) => writeSync(fd, `${line}\n`));
      out(`Wrote ${done.rows} rows for ${done.services} services to ${file}.`);
    } finally {
      closeSync(fd);
    }
  } else {
    throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}
