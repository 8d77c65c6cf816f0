import { contextOf } from './body';

/**
 * The additional data a draft's body is bound to: its old slot if the v7 step moved it (see
 * `DraftRecord.sealedAs`). Its own file, not body.ts: body.ts is in the first load.
 */
export function draftContext(record: { id: string; sealedAs?: string }): string {
  return contextOf('drafts', record.sealedAs ?? record.id);
}
