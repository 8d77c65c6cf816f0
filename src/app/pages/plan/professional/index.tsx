import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { caseworkerContact } from '#shared/professional';
import type { GuideContact } from '#shared/schemas/guide';
import { ProfessionalSheet } from '../../../../ui/professional-sheet';
import { useAppState } from '../../../state';
import {
  loadProfessionalView,
  loadShownCopy,
  type ProfessionalView,
  type ShownCopy,
} from '../../../store/professional';
import { LockGate } from '../../unlock/gate';
import { Choose } from './choose';
import { rich } from '../../../../ui/i18n/rich';
import { t } from './words';
import s from './style.module.css';

/** While on this screen, printing leaves out the app's header, bars and buttons. */
function usePrintLayout() {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(s.printing ?? '');
    return () => root.classList.remove(s.printing ?? '');
  }, []);
}

/**
 * The guide Help now calls from: the caseworker's number is always read from it. The one a sync
 * has just brought, else the one on the phone when the screen opened.
 */
function useGuide(kept: readonly GuideContact[]): readonly GuideContact[] {
  const state = useAppState();
  return (state.profile.value ?? state.helpNow.value)?.guide ?? kept;
}

interface ShownProps {
  personName: string | null;
  /** The caseworker's name and service, or null when the person chose not to show them. */
  who: { name: string; service: string | null } | null;
  guide: readonly GuideContact[];
  sections: ShownCopy['sections'];
  updatedAt: string | null;
}

/** The sheet, with the caseworker's number from the guide, and the print button under it. */
function Shown({ personName, who, guide, sections, updatedAt }: ShownProps) {
  const caseworker = who ? caseworkerContact(guide, who.name, who.service) : null;
  return (
    <>
      <ProfessionalSheet
        personName={personName}
        caseworker={caseworker}
        sections={sections}
        updatedAt={updatedAt}
      />
      <div class={s.actions} data-print-hide>
        <button type="button" class="btn btn-block btn-main" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
    </>
  );
}

/**
 * "Show to a professional": the crisis plan alone (never the journal), out of hours first, big
 * enough to read at arm's length, and a print layout. With a lock set and the app locked, only
 * what the person chose to show, from its plain copy; without that copy, the unlock screen.
 */
export default function Professional() {
  const { lock } = useAppState();
  usePrintLayout();
  if (!lock.ready.value) return <p>{t('opening')}</p>;
  if (lock.status.value === 'locked') return <LockedView />;
  return <OpenView />;
}

function LockedView() {
  const { lock } = useAppState();
  const read = useSignal<{ copy: ShownCopy | null; guide: GuideContact[] } | 'loading'>('loading');
  const guide = useGuide(read.value === 'loading' ? [] : read.value.guide);
  useEffect(() => {
    let live = true;
    void loadShownCopy(lock)
      .catch(() => ({ copy: null, guide: [] }))
      .then((got) => {
        if (live) read.value = got;
      });
    return () => {
      live = false;
    };
  }, [lock]);
  if (read.value === 'loading') return <p>{t('opening')}</p>;
  if (!read.value.copy) {
    // Nothing chosen to show without the PIN: unlocking opens the whole view.
    return (
      <LockGate>
        <OpenView />
      </LockGate>
    );
  }
  const shown = read.value.copy;
  return (
    <div class={s.page}>
      <Shown
        personName={shown.personName}
        who={
          shown.caseworkerName ? { name: shown.caseworkerName, service: shown.serviceName } : null
        }
        guide={guide}
        sections={shown.sections}
        updatedAt={shown.planUpdatedAt}
      />
      <p class={s.note} data-print-hide>
        {rich(t('lockedNote'), { link: (words) => <a href="/plan">{words}</a> })}
      </p>
    </div>
  );
}

function OpenView() {
  const { lock } = useAppState();
  const view = useSignal<ProfessionalView | null>(null);
  const guide = useGuide(view.value?.guide ?? []);
  const failed = useSignal(false);
  const load = () =>
    loadProfessionalView(lock).then(
      (read) => (view.value = read),
      () => (failed.value = true),
    );
  useEffect(() => {
    void load();
  }, [lock]);
  if (failed.value) return <p>{t('notOpened')}</p>;
  if (!view.value) return <p>{t('opening')}</p>;
  const v = view.value;
  const who =
    v.choices.caseworker && v.caseworkerName
      ? { name: v.caseworkerName, service: v.serviceName }
      : null;
  return (
    <div class={s.page}>
      <Shown
        personName={v.personName}
        who={who}
        guide={guide}
        sections={v.sections}
        updatedAt={v.planUpdatedAt}
      />
      <Choose
        choices={v.choices}
        chosen={v.chosen}
        hasLock={lock.status.value === 'unlocked'}
        onSaved={() => void load()}
      />
    </div>
  );
}
