import { createPortal } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { caseworkerContact, professionalSections } from '#shared/professional';
import type { PersonSummary } from '#shared/schemas/api';
import { Button } from '../../../components/button';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Radios } from '../../../components/radios';
import { ProfessionalSheet } from '../../../../ui/professional-sheet';
import { useConsole } from '../../../context';
import { useLoad } from '../../../use-load';
import { GuideSheet } from './guide-sheet';
import { JournalSheet } from './journal-sheet';
import { PlanSheet } from './plan-sheet';
import styles from './style.module.css';

type Sheet = 'guide' | 'plan' | 'professional' | 'journal';
const SHEETS: { value: Sheet; label: string; hint: string }[] = [
  { value: 'guide', label: 'Picture guide: who to call', hint: 'Big pictures, numbers and times.' },
  { value: 'plan', label: 'Crisis plan', hint: 'Their plan, with room to write more.' },
  {
    value: 'professional',
    label: 'Crisis plan for professionals',
    hint: 'For 111, their GP or an ambulance crew: what to do out of hours first, and how to reach you.',
  },
  {
    value: 'journal',
    label: 'Journal sheet',
    hint: 'The same questions as “How I’m feeling” in the app. Print a few.',
  },
];

/**
 * Paper, for people without a smartphone: the picture guide, the crisis plan and a journal
 * sheet, printed on A4 from the same data and words as the app. The chosen sheet is drawn twice:
 * as a preview here, and in a layer beside the console that only the printer sees.
 */
export function Paper({ person }: { person: PersonSummary }) {
  const { api, session } = useConsole();
  const service = session.value?.service.name ?? null;
  const personId = person.id;
  const [sheet, setSheet] = useState<Sheet>('guide');
  const [docs, reload] = useLoad(
    async (signal) => {
      const params = { params: { personId } };
      const [local, wording, plan, hours] = await Promise.all([
        api.call(endpoints.people.guide, params, signal),
        api.call(endpoints.people.nhs111Wording, params, signal),
        api.call(endpoints.people.plan, params, signal),
        api.call(endpoints.people.hours, params, signal),
      ]);
      return { local, wording: wording.wording, plan, hours };
    },
    [personId],
  );
  const [layer, setLayer] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const el = document.createElement('div');
    el.className = styles.printLayer ?? '';
    el.dataset.print = 'paper';
    document.body.append(el);
    document.body.classList.add(styles.printing ?? '');
    setLayer(el);
    return () => {
      el.remove();
      document.body.classList.remove(styles.printing ?? '');
    };
  }, []);

  if (docs.state === 'loading') return <Loading what="their guide and plan" />;
  if (docs.state === 'failed') return <LoadFailed failure={docs.failure} retry={reload} />;
  const printedAt = new Date();
  const d = docs.data;
  const chosen =
    sheet === 'guide' ? (
      <GuideSheet
        personName={person.displayName}
        caseworkerName={person.caseworkerName}
        local={d.local}
        nhs111Wording={d.wording}
        hours={d.hours}
        printedAt={printedAt}
      />
    ) : sheet === 'plan' ? (
      <PlanSheet personName={person.displayName} plan={d.plan} printedAt={printedAt} />
    ) : sheet === 'professional' ? (
      <ProfessionalSheet
        heading="h2"
        personName={person.displayName}
        caseworker={caseworkerContact(d.local, person.caseworkerName, service)}
        sections={professionalSections(d.plan)}
        updatedAt={d.plan.updatedAt}
        printedAt={printedAt}
      />
    ) : (
      <JournalSheet caseworkerName={person.caseworkerName} />
    );

  return (
    <>
      <p class={styles.intro}>
        For people without a smartphone, or who like paper. Each sheet prints on A4 in the same
        words as the app. The guide shows the day it was printed: print a new one when their guide
        or hours change.
      </p>
      <Radios
        name="paper-sheet"
        legend="What to print"
        value={sheet}
        onChange={(value) => setSheet(SHEETS.find((s) => s.value === value)?.value ?? 'guide')}
        options={SHEETS}
      />
      <Button onClick={() => window.print()}>Print</Button>
      <div class={styles.preview} aria-label="Preview">
        {chosen}
      </div>
      {layer ? createPortal(chosen, layer) : null}
    </>
  );
}
