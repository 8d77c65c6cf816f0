import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { assertMaySeePhoto } from '../auth/access';
import { requireStaffOrDevice } from '../auth/require-caller';
import { findPhoto } from '../db/tables/photos.table';
import type { Runtime } from '../runtime';
import type { CallerEnv } from '../request-env';
import { notFound } from '../problem';
import { validate } from './validate';

/** A photo never changes (a new one gets a new id), so a browser may keep it; only for the caller. */
export const PHOTO_CACHE = 'private, max-age=31536000, immutable';

/** GET /api/photos/:photoId: a caseworker's photo, for their service's staff and phones. */
export function photosRoutes(deps: Runtime) {
  return new Hono<CallerEnv>()
    .use(requireStaffOrDevice(deps))
    .get('/:photoId', validate('param', endpoints.service.photo.params), async (c) => {
      const photo = await findPhoto(deps.db, c.req.valid('param').photoId);
      if (!photo) throw notFound('That photo');
      assertMaySeePhoto(photo, c.get('caller'));
      return c.body(new Uint8Array(photo.bytes), 200, {
        'Content-Type': photo.contentType,
        'Cache-Control': PHOTO_CACHE,
        'Content-Disposition': 'inline',
      });
    });
}
