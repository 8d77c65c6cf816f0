import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { BlockList, isIP } from 'node:net';
import type { PushTransport } from './transport';

/**
 * Addresses a push may never be sent to: loopback, private, link-local, shared, multicast and
 * reserved ranges. A phone chooses its push endpoint, so without this a phone could make the
 * server post to our own network (server-side request forgery).
 */
const NOT_PUBLIC_V4 = new BlockList();
const NOT_PUBLIC_V6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC_V4.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127],
  // IPv4-mapped in hex form (`::ffff:a00:1`): refused; no push service is reached that way.
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC_V6.addSubnet(net, prefix, 'ipv6');
}

/** Whether a push service may be reached at this address. */
export function isPublicAddress(address: string): boolean {
  // An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  // BlockList matches IPv4 against IPv4-mapped IPv6 rules too, so keep the families apart.
  const rules = family === 4 ? NOT_PUBLIC_V4 : NOT_PUBLIC_V6;
  return !rules.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** 127.0.0.0/8 and ::1 (also written as IPv4-mapped IPv6): this machine. */
export function isLoopbackAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isLoopbackAddress(mapped);
  if (isIP(address) === 4) return address.startsWith('127.');
  return address === '::1' || address === '0:0:0:0:0:0:0:1';
}

export class NotPublicAddressError extends Error {
  constructor(host: string) {
    super(`push endpoint host ${host} is not a public address`);
    this.name = 'NotPublicAddressError';
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * DNS lookup that refuses when any address found is not allowed. It is the lookup used for the
 * connection itself, so a name cannot resolve to a public address when checked and a private one
 * when connecting (DNS rebinding).
 */
function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return ((
    hostname: string,
    options: { all?: boolean; family?: number },
    callback: LookupCallback,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      if (addresses.length === 0 || addresses.some((a) => !allowed(a.address))) {
        return callback(new NotPublicAddressError(hostname), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  }) as unknown as LookupFunction;
}

/** The lookup a real deployment uses: public addresses only. */
export const publicOnlyLookup = guardedLookup(isPublicAddress);

export interface GuardedTransportOptions {
  /**
   * Also allow this machine (loopback only; never private, link-local or metadata addresses),
   * over http too: for a local test push service (PUSH_ALLOW_LOOPBACK=1).
   */
  allowLoopback?: boolean;
}

/**
 * The push transport, whatever PUBLIC_URL is: https to public addresses only, checked on the
 * address literal and on every address a name resolves to. A phone chooses its push endpoint,
 * so without this a phone could make the server post into our own network (server-side
 * request forgery). Real push services are all https on public addresses.
 */
export function guardedTransport(options: GuardedTransportOptions = {}): PushTransport {
  const loopback = options.allowLoopback === true;
  const httpsAllowed = (a: string) => isPublicAddress(a) || (loopback && isLoopbackAddress(a));
  const httpsLookup = loopback ? guardedLookup(httpsAllowed) : publicOnlyLookup;
  const httpLookup = guardedLookup(isLoopbackAddress);
  return (push, signal) =>
    new Promise((resolve, reject) => {
      const url = new URL(push.endpoint);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const https = url.protocol === 'https:';
      if (!https && !(loopback && url.protocol === 'http:')) {
        return reject(new Error('push endpoints must be https'));
      }
      const allowed = https ? httpsAllowed : isLoopbackAddress;
      if (isIP(host) !== 0 && !allowed(host)) return reject(new NotPublicAddressError(host));
      const request = https ? httpsRequest : httpRequest;
      const req = request(url, {
        method: 'POST',
        headers: push.headers,
        lookup: https ? httpsLookup : httpLookup,
        signal,
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => {
          const retryAfter = Number(res.headers['retry-after']);
          const status = res.statusCode ?? 0;
          resolve(
            Number.isFinite(retryAfter) && retryAfter > 0
              ? { status, retryAfterSeconds: retryAfter }
              : { status },
          );
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(push.body ? Buffer.from(push.body) : undefined);
    });
}

/** Public addresses over https only: what every deployment uses unless told otherwise. */
export const publicOnlyTransport: PushTransport = guardedTransport();
