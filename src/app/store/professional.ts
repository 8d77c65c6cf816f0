import { z } from 'zod';
import {
  DEFAULT_PROFESSIONAL_CHOICES,
  ProfessionalChoices,
  professionalSections,
  type ProfessionalSection,
} from '#shared/professional';
import { Instant } from '#shared/schemas/common';
import type { GuideContact } from '#shared/schemas/guide';
import { PlanSectionKey } from '#shared/schemas/plan';
import { readMeta, writeMeta } from './meta';
import { loadPlans, planToShow } from './plan';
import { readCachedProfile } from './profile';
import type { Vault } from './vault';

/** What the person chose "Show to a professional" to show: keys only, never words. */
const CHOICES_KEY = 'professional-choices';
/**
 * With a lock set, a plain copy of only what the person chose, so the view opens without the
 * PIN (lock README, "What is not encrypted"). Never written without a choice the person saved.
 */
const SHOWN_KEY = 'professional-shown';

const Chosen = ProfessionalChoices.extend({ savedAt: Instant });
type Chosen = z.infer<typeof Chosen>;

const ShownCopy = z.object({
  personName: z.string().max(200).nullable(),
  caseworkerName: z.string().max(200).nullable(),
  serviceName: z.string().max(200).nullable(),
  sections: z
    .array(
      z.object({
        key: PlanSectionKey,
        title: z.string().max(200),
        items: z.array(z.string().max(500)).max(30),
      }),
    )
    .max(8),
  planUpdatedAt: Instant.nullable(),
});
export type ShownCopy = z.infer<typeof ShownCopy>;

/** The person's choices, or null if they have never saved any. */
export async function loadChoices(vault: Vault): Promise<Chosen | null> {
  return readMeta(await vault.db(), CHOICES_KEY, Chosen.nullable(), null);
}

/** What the view shows now, unlocked (or with no lock): the plan and profile as they are. */
export interface ProfessionalView {
  choices: ProfessionalChoices;
  /** False until the person has saved choices (the view then shows the defaults). */
  chosen: boolean;
  personName: string | null;
  caseworkerName: string | null;
  serviceName: string | null;
  sections: ProfessionalSection[];
  planUpdatedAt: string | null;
  /** The guide Help now calls from, as kept on the phone: the caseworker's number is on it. */
  guide: GuideContact[];
}

/** The view from the plan and profile on the phone. Needs the app unlocked if a lock is set. */
export async function loadProfessionalView(vault: Vault): Promise<ProfessionalView> {
  const [saved, plans, profile] = await Promise.all([
    loadChoices(vault),
    loadPlans(vault),
    readCachedProfile(vault),
  ]);
  const choices = saved ?? DEFAULT_PROFESSIONAL_CHOICES;
  const { plan } = planToShow(plans);
  const whole = profile?.profile ?? null;
  return {
    choices,
    chosen: saved !== null,
    personName: choices.name ? (whole?.person.displayName ?? null) : null,
    caseworkerName: choices.caseworker ? (whole?.caseworker.name ?? null) : null,
    serviceName: choices.caseworker ? (whole?.service.name ?? null) : null,
    sections: professionalSections(plan, choices.sections),
    planUpdatedAt: plan?.updatedAt ?? null,
    guide: profile?.helpNow.guide ?? [],
  };
}

/**
 * The plain copy a locked phone shows (null: none chosen, or no lock), with the guide from the
 * plain Help now part of the profile, which a locked phone can read.
 */
export async function loadShownCopy(
  vault: Vault,
): Promise<{ copy: ShownCopy | null; guide: GuideContact[] }> {
  const [copy, profile] = await Promise.all([
    readMeta(await vault.db(), SHOWN_KEY, ShownCopy.nullable(), null),
    readCachedProfile(vault),
  ]);
  return { copy, guide: profile?.helpNow.guide ?? [] };
}

/**
 * Bring the plain copy in line with the person's choices and the plan as it is now. Only while
 * unlocked with a lock set: with no lock there is nothing to copy (the copy is removed), and
 * while locked the words cannot be read (the copy stays as it was until the next unlock).
 */
export async function keepShownCopy(vault: Vault): Promise<void> {
  const mode = vault.codec().mode;
  if (mode === 'locked') return;
  const db = await vault.db();
  const saved = await loadChoices(vault);
  if (mode === 'plain' || !saved) {
    await db.delete('meta', SHOWN_KEY);
    return;
  }
  const view = await loadProfessionalView(vault);
  const copy: ShownCopy = {
    personName: view.personName,
    caseworkerName: view.caseworkerName,
    serviceName: view.serviceName,
    sections: view.sections,
    planUpdatedAt: view.planUpdatedAt,
  };
  await writeMeta(db, SHOWN_KEY, ShownCopy.parse(copy));
}

/** Keep the person's choices, and the plain copy they mean when a lock is set. */
export async function saveChoices(vault: Vault, choices: ProfessionalChoices): Promise<void> {
  const valid = ProfessionalChoices.parse(choices);
  const record: Chosen = { ...valid, savedAt: new Date().toISOString() };
  await writeMeta(await vault.db(), CHOICES_KEY, record);
  await keepShownCopy(vault);
}
