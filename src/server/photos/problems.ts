import { ApiProblem } from '../problem';
import type { PhotoCheck } from './image';

/** Why a photo was refused, kindly: the same words for a caseworker's photo and a person's. */
export const notAPhoto = (reason: Extract<PhotoCheck, { ok: false }>['reason']) =>
  new ApiProblem(
    400,
    'not_a_photo',
    reason === 'wrong-type'
      ? 'This file is a different kind of picture from what it says. Try saving it again.'
      : 'This file is not a photo we can use. Choose a JPEG, PNG or WebP photo.',
  );

/** A photo over `maxBytes`. */
export const photoTooLarge = (maxBytes: number, advice: string) =>
  new ApiProblem(
    413,
    'too_large',
    `That photo is too big. ${advice} (at most ${Math.round(maxBytes / 1024)} KB).`,
  );
