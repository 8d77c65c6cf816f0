import type { Server } from 'node:http';
import type { Http2Server, Http2SecureServer } from 'node:http2';
import type { Duplex } from 'node:stream';
import type { ApiError } from '#shared/schemas/api-error';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from './security-headers';

/**
 * Node answers a request it cannot parse (bad framing, headers too large) itself, before Hono
 * sees it, with a bare 400 and no security headers. This writes that answer with the same
 * headers as every other response and the same JSON error shape, then closes the connection.
 */
export function answerClientErrors(server: Server | Http2Server | Http2SecureServer): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const body = JSON.stringify({
      error: tooLarge ? 'headers_too_large' : 'bad_request',
      message: 'The request could not be read. Please try again.',
    } satisfies ApiError);
    socket.end(
      [
        `HTTP/1.1 ${status}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: no-referrer',
        `Permissions-Policy: ${PERMISSIONS_POLICY}`,
        'X-Frame-Options: DENY',
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
