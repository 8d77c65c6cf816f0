import { describe, expect, it } from 'vitest';
import type { JournalDraft } from '#shared/schemas/journal';
import { JournalEntry } from '#shared/schemas/journal';
import {
  draftFromEntry,
  entryFromDraft,
  hasContent,
  newerDraft,
  offerResume,
} from '../../../../src/app/store/draft-rules';
import { feeling } from './helpers';

const ID = '0b5e8a4e-1c1f-4f57-9d39-3a4f1c7e2b10';
const NOW = '2026-10-25T01:30:00Z';

describe('drafts and entries', () => {
  it('a draft with only a step number has nothing worth carrying on', () => {
    expect(hasContent({ step: 3 })).toBe(false);
    expect(hasContent({ step: 0, happening: '   ' })).toBe(false);
    expect(hasContent(null)).toBe(false);
  });

  it('any answer, even a strength of 0, counts as something to carry on', () => {
    expect(hasContent({ step: 0, strength: 0 })).toBe(true);
    expect(hasContent({ step: 0, feelings: ['alone'] })).toBe(true);
    expect(hasContent({ step: 0, everyday: 'hello' })).toBe(true);
  });

  it('a feeling entry with every step skipped is still a valid entry', () => {
    const entry = entryFromDraft({ step: 6 }, 'feeling', { id: ID, now: NOW });
    expect(entry).toEqual({ id: ID, kind: 'feeling', createdAt: NOW, updatedAt: NOW });
    expect(JournalEntry.safeParse(entry).success).toBe(true);
  });

  it('empty answers are left out and words are trimmed', () => {
    const entry = entryFromDraft(
      { step: 6, happening: '  no one to talk to  ', feelings: [], wantedOther: ' ', strength: 0 },
      'feeling',
      { id: ID, now: NOW },
    );
    expect(entry).toEqual({
      id: ID,
      kind: 'feeling',
      createdAt: NOW,
      updatedAt: NOW,
      strength: 0,
      happening: 'no one to talk to',
    });
  });

  it('editing keeps the entry id and the time it was first written', () => {
    const existing = feeling('first words', '2026-10-24T22:00:00Z');
    const draft = { ...draftFromEntry(existing), happening: 'changed words' };
    const saved = entryFromDraft(draft, 'feeling', { id: ID, now: NOW, existing });
    expect(saved).toMatchObject({
      id: existing.id,
      createdAt: existing.createdAt,
      updatedAt: NOW,
      happening: 'changed words',
      feelings: existing.kind === 'feeling' ? existing.feelings : [],
    });
  });

  it('a draft made from an entry holds every answer and points at the entry', () => {
    const existing = feeling('words');
    const draft = draftFromEntry(existing);
    expect(draft).toMatchObject({ entryId: existing.id, step: 0, happening: 'words', strength: 7 });
    expect(draft).not.toHaveProperty('createdAt');
  });

  it('of two drafts, the one changed last wins; a tie keeps the one on disk', () => {
    const stored: JournalDraft = { step: 1, happening: 'disk', updatedAt: '2026-10-25T01:00:00Z' };
    const newer: JournalDraft = { step: 2, happening: 'tab', updatedAt: '2026-10-25T01:00:01Z' };
    const tie: JournalDraft = { step: 2, happening: 'tab', updatedAt: stored.updatedAt };
    expect(newerDraft(stored, newer)).toBe(newer);
    expect(newerDraft(stored, tie)).toBe(stored);
    expect(newerDraft(null, newer)).toBe(newer);
    expect(newerDraft(stored, null)).toBe(stored);
  });

  it('reopening a saved entry offers to carry on only if the draft is newer than the entry', () => {
    const entry = feeling('saved', '2026-10-25T00:00:00Z');
    const older = { ...draftFromEntry(entry), updatedAt: '2026-10-24T23:59:00Z' };
    const newer = {
      ...draftFromEntry(entry),
      happening: 'more',
      updatedAt: '2026-10-25T00:05:00Z',
    };
    expect(offerResume(older, entry)).toBe(false);
    expect(offerResume(newer, entry)).toBe(true);
    expect(offerResume({ step: 2, happening: 'new words' }, null)).toBe(true);
    expect(offerResume({ step: 2 }, null)).toBe(false);
  });
});
