import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { KIND_WORDS, monthAt, monthIndex, readCount } from '#shared/hospital-import';
import { londonDate } from '#shared/london';
import type { PersonSummary } from '#shared/schemas/api';
import {
  HOSPITAL_KINDS,
  MAX_MONTHLY_COUNT,
  type HospitalCounts,
  type HospitalKind,
  type HospitalMonthRow,
} from '#shared/schemas/hospital-use';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Select, TextInput } from '../../../components/field';
import { Card, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Cell, Table } from '../../../components/table';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { useLoad } from '../../../use-load';
import { monthLabel } from '../../outcomes/labels';

type Texts = Record<HospitalKind, string>;
const EMPTY: Texts = { ae: '', calls999: '', conveyances: '', admissions: '' };

/** The months a caseworker may enter: from 12 before the referral (or the oldest kept) to now. */
function monthChoices(referral: string, rows: HospitalMonthRow[], now: string): string[] {
  const oldest = Math.min(monthIndex(referral) - 12, ...rows.map((r) => monthIndex(r.month)));
  const out: string[] = [];
  for (let i = monthIndex(now); i >= oldest; i--) out.push(monthAt(i));
  return out;
}

function textsOf(row: HospitalMonthRow | undefined): Texts {
  if (!row) return EMPTY;
  const text = (v: number | null) => (v === null ? '' : String(v));
  return {
    ae: text(row.ae),
    calls999: text(row.calls999),
    conveyances: text(row.conveyances),
    admissions: text(row.admissions),
  };
}

const shown = (v: number | null) => (v === null ? 'not known' : String(v));

/**
 * The person's hospital use, month by month, from the trusts' files or entered here; their
 * service reference (what the trusts' files use to find them); and a form to enter or correct
 * one month. Never an NHS number.
 */
export function HospitalUse({ person }: { person: PersonSummary }) {
  const { api } = useConsole();
  const [view, reload, replace] = useLoad(
    (signal) => api.call(endpoints.hospital.person, { params: { personId: person.id } }, signal),
    [person.id],
  );
  const now = londonDate(new Date()).slice(0, 7);
  const [ref, setRef] = useState<string | null>(null);
  const [refErrors, setRefErrors] = useState(NO_ERRORS);
  const [month, setMonth] = useState(now);
  const [texts, setTexts] = useState<Texts | null>(null);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);

  if (view.state === 'loading') return <Loading what="the hospital use" />;
  if (view.state === 'failed') return <LoadFailed failure={view.failure} retry={reload} />;
  const data = view.data;
  const refText = ref ?? data.serviceRef ?? '';
  const current = texts ?? textsOf(data.months.find((m) => m.month === month));

  async function saveRef(event: Event) {
    event.preventDefault();
    setSaved(null);
    try {
      const trimmed = refText.trim();
      replace(
        await api.call(endpoints.hospital.setServiceRef, {
          params: { personId: person.id },
          body: { serviceRef: trimmed === '' ? null : trimmed },
        }),
      );
      setRef(null);
      setRefErrors(NO_ERRORS);
      setSaved(
        trimmed === '' ? 'The service reference is removed.' : 'The service reference is saved.',
      );
    } catch (error) {
      setRefErrors(formErrors(error, () => 'service-ref'));
    }
  }

  async function saveMonth(event: Event) {
    event.preventDefault();
    setSaved(null);
    const found: [string, string][] = [];
    const counts = {} as HospitalCounts;
    for (const kind of HOSPITAL_KINDS) {
      const text = current[kind].trim();
      const n = text === '' ? null : readCount(text);
      if (n === null && text !== '') {
        found.push([
          `month-${kind}`,
          `Enter ${KIND_WORDS[kind]} as a whole number from 0 to ${MAX_MONTHLY_COUNT}, or leave it empty if not known`,
        ]);
      }
      counts[kind] = n;
    }
    if (found.length > 0) return setErrors(localErrors(found));
    try {
      replace(
        await api.call(endpoints.hospital.setMonth, {
          params: { personId: person.id, month },
          body: counts,
        }),
      );
      setTexts(null);
      setErrors(NO_ERRORS);
      const removed = Object.values(counts).every((v) => v === null);
      setSaved(`${monthLabel(month, true)} is ${removed ? 'removed' : 'saved'}.`);
    } catch (error) {
      setErrors(formErrors(error, (path) => (isKind(path) ? `month-${path}` : undefined)));
    }
  }

  return (
    <>
      {saved ? (
        <Notice>
          <p>{saved}</p>
        </Notice>
      ) : null}
      <p>
        Counts from the hospital and ambulance trusts’ records, for the outcomes. Support began in{' '}
        {monthLabel(data.referralMonth, true)}: the figures compare the 12 months before that with
        the months after.
      </p>
      <Card labelledBy="service-ref-title">
        <h2 id="service-ref-title">Service reference</h2>
        <ErrorSummary errors={refErrors.summary} />
        <form onSubmit={(e) => void saveRef(e)} noValidate>
          <TextInput
            id="service-ref"
            label="Service reference"
            hint="The reference your service and the trust both use for this person, such as HIU-0042. Not their NHS number. Each person in the service has their own."
            value={refText}
            onInput={setRef}
            width="half"
            spellcheck={false}
            error={refErrors.fields['service-ref']}
          />
          <Button type="submit" variant="secondary">
            Save reference
          </Button>
        </form>
      </Card>
      <Card labelledBy="month-form-title">
        <h2 id="month-form-title">Enter or correct a month</h2>
        <ErrorSummary errors={errors.summary} />
        <form onSubmit={(e) => void saveMonth(e)} noValidate>
          <Select
            id="month-month"
            label="Month"
            value={month}
            onChange={(v) => {
              setMonth(v);
              setTexts(null);
            }}
            options={monthChoices(data.referralMonth, data.months, now).map((m) => ({
              value: m,
              label: monthLabel(m, true),
            }))}
          />
          {HOSPITAL_KINDS.map((kind) => (
            <TextInput
              key={kind}
              id={`month-${kind}`}
              label={KIND_WORDS[kind]}
              hint={
                kind === 'ae'
                  ? 'Leave a box empty if it is not known. Empty every box to remove the month.'
                  : undefined
              }
              value={current[kind]}
              onInput={(v) => setTexts({ ...current, [kind]: v })}
              width="short"
              error={errors.fields[`month-${kind}`]}
            />
          ))}
          <Button type="submit">Save {monthLabel(month, true)}</Button>
        </form>
      </Card>
      <section aria-labelledby="months-title">
        <h2 id="months-title">Months with counts</h2>
        {data.months.length === 0 ? (
          <p>None yet. Import a trust’s file (the lead) or enter a month above.</p>
        ) : (
          <Table
            caption="Hospital use by month, newest first"
            captionHidden
            headings={['Month', ...HOSPITAL_KINDS.map((k) => KIND_WORDS[k]), 'From']}
          >
            {data.months.map((m) => (
              <tr key={m.month}>
                <Cell label="Month" header>
                  {monthLabel(m.month, true)}
                </Cell>
                {HOSPITAL_KINDS.map((k) => (
                  <Cell key={k} label={KIND_WORDS[k]}>
                    {shown(m[k])}
                  </Cell>
                ))}
                <Cell label="From">
                  {m.source === 'import' ? 'A trust’s file' : 'Entered here'}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </>
  );
}

function isKind(value: string): value is HospitalKind {
  return HOSPITAL_KINDS.some((k) => k === value);
}
