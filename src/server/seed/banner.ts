import { formatPairingCode } from '#shared/schemas/pairing';
import type { DemoSeed } from './demo-seed';

/**
 * The one-time start-up note for a newcomer trying the demo. It names demo accounts on
 * purpose, so it goes to stdout as plain text, never through the request logger.
 */
export function demoBanner(seed: DemoSeed, origin: string): string {
  const lines = [
    '',
    '================================================================',
    ` Demo service seeded: ${seed.service.name}`,
    ` Console: ${origin}/console/   App: ${origin}/`,
    '',
    ' Staff (one-time passwords: you will choose a new one on first sign-in):',
    ...seed.staff.map((s) => `   ${s.role.padEnd(10)} ${s.email.padEnd(32)} ${s.password}`),
    '',
    ' People, each with a pairing code for the app (valid 24 hours):',
    ...seed.people.map(
      (p) =>
        `   ${p.displayName.padEnd(20)} ${formatPairingCode(p.pairingCode)}   ${origin}/pair?code=${formatPairingCode(p.pairingCode)}`,
    ),
    '================================================================',
    '',
  ];
  return lines.join('\n');
}
