import type { JSX } from 'preact';
import type { JournalDraft } from '#shared/schemas/journal';

/** What every step gets: the draft so far and a way to change it (saved as the person goes). */
export interface StepProps {
  draft: JournalDraft;
  change: (patch: Partial<JournalDraft>) => void;
  /** "Things I can do myself" from the person's plan, offered as one-tap choices. */
  selfHelp: readonly string[];
}

/** A step: its question (the page heading) and whether it has an answer yet. */
export interface Step {
  question: string;
  hint?: string;
  /** 'group' steps are a set of choices (fieldset + legend); 'text' steps are one text box. */
  form: 'group' | 'text';
  answered: (draft: JournalDraft) => boolean;
  Body: (props: StepProps) => JSX.Element;
}
