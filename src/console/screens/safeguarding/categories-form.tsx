import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { MAX_SAFEGUARDING_CATEGORIES } from '#shared/safeguarding';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/field';
import { Card, Notice } from '../../components/layout';
import { LoadFailed, Loading } from '../../components/load-failed';
import { useConsole } from '../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../errors';
import { useLoad } from '../../use-load';

const ID = 'sg-categories';

/** The lead's form for the service's own categories: one a line, in the order they are shown. */
export function CategoriesForm() {
  const { api } = useConsole();
  const [loaded, reload] = useLoad(
    (signal) => api.call(endpoints.safeguarding.categories, {}, signal),
    [],
  );
  if (loaded.state === 'loading') return <Loading what="the categories" />;
  if (loaded.state === 'failed') return <LoadFailed failure={loaded.failure} retry={reload} />;
  return <Editor start={loaded.data.categories} />;
}

function Editor({ start }: { start: string[] }) {
  const { api } = useConsole();
  const [text, setText] = useState(start.join('\n'));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(false);
    const categories = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (categories.length === 0)
      return setErrors(localErrors([[ID, 'Keep at least one category']]));
    if (categories.length > MAX_SAFEGUARDING_CATEGORIES) {
      return setErrors(
        localErrors([[ID, `Keep the list to ${MAX_SAFEGUARDING_CATEGORIES} categories or fewer`]]),
      );
    }
    setBusy(true);
    try {
      const next = await api.call(endpoints.safeguarding.setCategories, { body: { categories } });
      setText(next.categories.join('\n'));
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (error) {
      setErrors(formErrors(error, () => ID));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card labelledBy="sg-categories-title">
      <h2 id="sg-categories-title">The service&apos;s categories</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors.summary} />
        {saved ? (
          <Notice>
            <p>The categories are saved. Concerns already recorded keep theirs.</p>
          </Notice>
        ) : null}
        <TextArea
          id={ID}
          label="Categories caseworkers choose from"
          hint="One on each line, in the order you want them shown."
          rows={14}
          value={text}
          onInput={setText}
          error={errors.fields[ID]}
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? 'Saving…' : 'Save the categories'}
        </Button>
      </form>
    </Card>
  );
}
