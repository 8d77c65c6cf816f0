import type { ApiFailure } from '../../api';
import { Button } from '../button';
import { Warning } from '../layout';

/** What a screen shows when its data did not load, with a way to try again. */
export function LoadFailed({ failure, retry }: { failure: ApiFailure; retry?: () => void }) {
  let message = failure.message;
  if (failure.status === 403) message = 'Only the HIU lead can see this page.';
  if (failure.status === 404)
    message = 'We could not find this. It may have been moved or removed.';
  return (
    <Warning>
      <p role="alert">{message}</p>
      {retry && failure.status !== 403 && failure.status !== 404 ? (
        <Button variant="secondary" onClick={retry}>
          Try again
        </Button>
      ) : null}
    </Warning>
  );
}

/** A polite "loading" line for screen readers and sighted users alike. */
export function Loading({ what }: { what: string }) {
  return <p role="status">Loading {what}…</p>;
}
