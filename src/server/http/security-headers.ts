import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../request-env';

/**
 * Everything comes from our own origin: no CDN, font, analytics or inline script or style,
 * except the built pages' own critical CSS, allowed by its hash (`contentSecurityPolicy`).
 * `data:` images are allowed for small inline icons; the camera is ours alone (QR scanning).
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** The policy for one response: `styleHashes` are the sha256 sources of its `<style>` blocks. */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  if (styleHashes.length === 0) return CONTENT_SECURITY_POLICY;
  const styles = ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(' ');
  return POLICY.map((d) => (d.startsWith('style-src ') ? styles : d)).join('; ');
}

export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'display-capture=()',
  'fullscreen=(self)',
  'browsing-topics=()',
].join(', ');

/** Security headers on every response, errors and static files included. */
export function securityHeaders(options: { https: boolean }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', contentSecurityPolicy(c.get('inlineStyleHashes')));
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Permissions-Policy', PERMISSIONS_POLICY);
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (options.https) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (c.req.path.startsWith('/api/') && !h.has('Cache-Control')) {
      h.set('Cache-Control', 'no-store');
    }
  });
}
