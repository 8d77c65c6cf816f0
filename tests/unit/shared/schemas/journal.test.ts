import { describe, expect, it } from 'vitest';
import { WANTED_LABELS } from '#shared/journal';
import {
  JournalDraft,
  JournalEntry,
  SharedJournalEntry,
  WANTED_OPTIONS,
} from '#shared/schemas/journal';

const feeling = {
  id: '6f1c2b1e-3c1a-4d7e-9a51-1b2c3d4e5f60',
  kind: 'feeling',
  createdAt: '2026-10-25T01:30:00Z',
  updatedAt: '2026-10-25T01:45:00+00:00',
  strength: 8,
  feelings: ['scared', 'alone'],
  happening: 'Could not sleep. Chest felt tight.',
  wanted: ['go-to-ae', 'something-else'],
  wantedOther: 'Walk to the station',
  didInstead: ['wrote-here', 'called-samaritans'],
  didInsteadOther: '',
  urgentCare: { wentToAe: false, called999: false, called111: true },
};

describe('journal schemas', () => {
  it('round-trips a feeling entry and an everyday entry', () => {
    expect(JournalEntry.parse(feeling)).toEqual(feeling);
    const everyday = { ...feeling, kind: 'everyday', everyday: 'Went to the cafe.' };
    expect(JournalEntry.parse(everyday)).toEqual({
      id: feeling.id,
      kind: 'everyday',
      createdAt: feeling.createdAt,
      updatedAt: feeling.updatedAt,
      everyday: 'Went to the cafe.',
    });
  });

  it('rejects a strength outside 0..10, unknown wishes, repeats and over-long text', () => {
    const bad = [
      { strength: 11 },
      { strength: -1 },
      { wanted: ['run-away'] },
      { wanted: ['call-999', 'call-999'] },
      { happening: 'x'.repeat(4001) },
      { feelings: ['x'.repeat(41)] },
    ];
    for (const change of bad)
      expect(JournalEntry.safeParse({ ...feeling, ...change }).success).toBe(false);
  });

  it('rejects an entry with no zone on its times', () => {
    expect(JournalEntry.safeParse({ ...feeling, createdAt: '2026-10-25T01:30:00' }).success).toBe(
      false,
    );
  });

  it('keeps a half-written draft with only a step', () => {
    expect(JournalDraft.parse({ step: 0 })).toEqual({ step: 0 });
    expect(JournalDraft.parse({ step: 2, kind: 'feeling', strength: 3 })).toEqual({
      step: 2,
      kind: 'feeling',
      strength: 3,
    });
  });

  it('wraps a shared entry with when it was shared', () => {
    const shared = {
      id: feeling.id,
      personId: '6f1c2b1e-3c1a-4d7e-9a51-1b2c3d4e5f61',
      entry: feeling,
      sharedAt: '2026-10-25T08:00:00Z',
      readAt: null,
    };
    expect(SharedJournalEntry.parse(shared)).toEqual(shared);
  });

  it('has plain words for every "what I felt like doing" option', () => {
    for (const option of WANTED_OPTIONS) expect(WANTED_LABELS[option].length).toBeGreaterThan(0);
  });
});
