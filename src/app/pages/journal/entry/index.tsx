import { useRoute } from 'preact-iso';
import { Id } from '#shared/schemas/common';
import { EverydayEditor } from './editor';
import { EntryView } from './view';

/**
 * `/journal/entry/new` writes a new everyday entry (`?draft=<id>` carries on an unfinished one);
 * `/journal/entry/:id` shows one.
 */
export default function Entry() {
  const route = useRoute();
  const id = route.params.id ?? 'new';
  // Only an entry id names a draft: anything else in the address starts a new entry.
  const draft = Id.safeParse(route.query.draft).data;
  if (id === 'new') return <EverydayEditor key={draft ?? 'new'} draftId={draft} />;
  return <EntryView key={id} id={id} />;
}
