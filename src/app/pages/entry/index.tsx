import { useRoute } from 'preact-iso';
import { EverydayEditor } from './editor';
import { EntryView } from './view';

/** `/journal/entry/new` writes a new everyday entry; `/journal/entry/:id` shows one. */
export default function Entry() {
  const id = useRoute().params.id ?? 'new';
  if (id === 'new') return <EverydayEditor key="new" />;
  return <EntryView key={id} id={id} />;
}
