import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Config } from '../config';

const ADDRESS = /^[0-9A-Fa-f.:]{2,64}$/;

/**
 * The caller's network address, for rate limits. Behind a proxy we run (TRUST_PROXY=1) it is
 * the last address the proxy added to X-Forwarded-For; otherwise the socket's peer.
 */
export function clientAddress(c: Context, config: Config): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded && ADDRESS.test(forwarded)) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}
