/**
 * Saves the latest draft a short while after the person stops typing, and at once when asked
 * (the page is hidden, the app locks, the screen closes). Saves run one after another, so an
 * older draft can never land after a newer one.
 */
export interface DraftSaver<T> {
  /** Remember the latest draft; it is saved after `delay` ms of quiet. */
  schedule(draft: T): void;
  /** Save the pending draft now. Resolves when every save so far is on disk. */
  flush(): Promise<void>;
  /** Drop the pending draft (it was saved as an entry). Resolves when in-flight saves end. */
  cancel(): Promise<void>;
}

export function createDraftSaver<T>(
  save: (draft: T) => Promise<void>,
  options: { delay?: number; onError?: (error: unknown) => void } = {},
): DraftSaver<T> {
  const { delay = 300, onError } = options;
  let pending: { draft: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  function clear() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function flush(): Promise<void> {
    clear();
    if (pending) {
      const { draft } = pending;
      pending = null;
      chain = chain.then(() => save(draft)).catch((error: unknown) => onError?.(error));
    }
    return chain;
  }

  return {
    schedule(draft) {
      pending = { draft };
      clear();
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    cancel() {
      clear();
      pending = null;
      return chain;
    },
  };
}
