import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalDraft } from '#shared/schemas/journal';
import { createDraftSaver } from '../../../../src/app/store/draft-saver';
import { clearDraft, loadDraft, saveDraft } from '../../../../src/app/store/drafts';
import { freshLock } from './helpers';

describe('saving drafts while typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('typing quickly saves once, 300 ms after the last key, with the latest words', async () => {
    const saved: string[] = [];
    const saver = createDraftSaver<string>(async (d) => void saved.push(d));
    saver.schedule('I');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('I c');
    await vi.advanceTimersByTimeAsync(200);
    saver.schedule('I can');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(saved).toEqual(['I can']);
  });

  it('flush saves at once (the page is being hidden)', async () => {
    const saved: string[] = [];
    const saver = createDraftSaver<string>(async (d) => void saved.push(d));
    saver.schedule('half a sentence');
    await saver.flush();
    expect(saved).toEqual(['half a sentence']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved).toEqual(['half a sentence']);
  });

  it('saves never overtake each other, even when the first is slow', async () => {
    const saved: string[] = [];
    const saver = createDraftSaver<string>(async (d) => {
      await new Promise((r) => setTimeout(r, d === 'first' ? 500 : 10));
      saved.push(d);
    });
    saver.schedule('first');
    void saver.flush();
    saver.schedule('second');
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(600);
    await done;
    expect(saved).toEqual(['first', 'second']);
  });

  it('cancel drops the pending draft once the entry itself is saved', async () => {
    const saved: string[] = [];
    const saver = createDraftSaver<string>(async (d) => void saved.push(d));
    saver.schedule('words');
    await saver.cancel();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved).toEqual([]);
  });

  it('a failed save is reported and later saves still run', async () => {
    const errors: unknown[] = [];
    const saved: string[] = [];
    const saver = createDraftSaver<string>(
      async (d) => {
        if (d === 'bad') throw new Error('disk full');
        saved.push(d);
      },
      { onError: (e) => errors.push(e) },
    );
    saver.schedule('bad');
    await saver.flush();
    saver.schedule('good');
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(saved).toEqual(['good']);
  });
});

describe('a draft after its entry is saved', () => {
  it('does not come back when the screen closes (cancel, then the unmount flush)', async () => {
    const { lock } = freshLock();
    const saver = createDraftSaver<JournalDraft>((d) => saveDraft(lock, 'new-everyday', d), {
      delay: 5,
    });
    // Save, as the editor does: flush, keep the entry, drop the draft, clear its slot.
    saver.schedule({ step: 0, everyday: 'I rang my sister' });
    await saver.flush();
    expect((await loadDraft(lock, 'new-everyday'))?.everyday).toBe('I rang my sister');
    // A last key press lands while the entry is being kept.
    saver.schedule({ step: 0, everyday: 'I rang my sister.' });
    await saver.cancel();
    await clearDraft(lock, 'new-everyday');
    // The screen closes: its cleanup flushes whatever is pending.
    await saver.flush();
    await new Promise((r) => setTimeout(r, 30));
    await saver.flush();
    expect(await loadDraft(lock, 'new-everyday')).toBeNull();
  });
});
