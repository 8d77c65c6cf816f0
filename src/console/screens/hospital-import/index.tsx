import { useState } from 'preact/hooks';
import { parseCsv, type CsvRecord } from '#shared/csv-parse';
import { endpoints } from '#shared/endpoints';
import {
  guessMapping,
  importRequest,
  isNhsNumberHeader,
  KIND_WORDS,
  mappingProblems,
  type ImportMapping,
} from '#shared/hospital-import';
import {
  HOSPITAL_KINDS,
  MAX_IMPORT_ROWS,
  type HospitalImportResult,
} from '#shared/schemas/hospital-use';
import { ApiFailure } from '../../api';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { FieldGroup, Select } from '../../components/field';
import { Notice, Warning } from '../../components/layout';
import { PageHeading } from '../../components/page-heading';
import { Cell, Table } from '../../components/table';
import { useConsole } from '../../context';
import { href } from '../../router';
import { monthLabel } from '../outcomes/labels';
import styles from './style.module.css';

const FILE_ID = 'hospital-file';
const NONE = '';

type Loaded = { name: string; headers: string[]; records: CsvRecord[] };

/** A refused import: its message, then each row's problem, in file order. */
type Refusal = { message: string; rows: string[] };

/**
 * The lead imports a trust's counts: choose the CSV, say which column is which, and import.
 * The file is read here; only the mapped columns go to the server, which takes every row or
 * none (a row-numbered list says what to put right).
 */
export function HospitalImport() {
  const { api } = useConsole();
  const [file, setFile] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<HospitalImportResult | null>(null);
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  async function choose(input: HTMLInputElement) {
    setRefusal(null);
    setDone(null);
    setProblems([]);
    const chosen = input.files?.[0];
    if (!chosen) return;
    const parsed = parseCsv(await chosen.text());
    if (!parsed.ok) {
      setFile(null);
      setFileError(
        `${parsed.message} Save it again as CSV from the spreadsheet and choose it here.`,
      );
      return;
    }
    const [head, ...records] = parsed.records;
    if (!head || records.length === 0) {
      setFile(null);
      setFileError('This file has no rows under its header. Choose the file the trust sent.');
      return;
    }
    if (records.length > MAX_IMPORT_ROWS) {
      setFile(null);
      setFileError(
        `This file has ${records.length} rows. One import takes up to ${MAX_IMPORT_ROWS}: split it by year and import each part.`,
      );
      return;
    }
    setFileError(undefined);
    setFile({ name: chosen.name, headers: head.cells.map((h) => h.trim()), records });
    setMapping(guessMapping(head.cells));
  }

  async function send(event: Event) {
    event.preventDefault();
    if (!file || !mapping) {
      setFileError('Choose the trust’s CSV file');
      return;
    }
    const found = mappingProblems(mapping, file.headers);
    setProblems(found);
    setRefusal(null);
    if (found.length > 0) return;
    setSending(true);
    try {
      const result = await api.call(endpoints.hospital.import, {
        body: importRequest(file.records, mapping),
      });
      setDone(result);
      setFile(null);
      setMapping(null);
    } catch (error) {
      if (error instanceof ApiFailure) {
        setRefusal({ message: error.message, rows: Object.values(error.fields) });
      } else {
        setRefusal({
          message: 'Something went wrong. Nothing was imported. Please try again.',
          rows: [],
        });
      }
    } finally {
      setSending(false);
    }
  }

  const nhsColumns = file ? file.headers.filter(isNhsNumberHeader) : [];
  const options = file
    ? [
        { value: NONE, label: 'Not in this file' },
        ...file.headers.flatMap((h, i) =>
          isNhsNumberHeader(h) ? [] : [{ value: String(i), label: h || `Column ${i + 1}` }],
        ),
      ]
    : [];
  const pick = (value: string) => (value === NONE ? null : Number(value));
  const show = (index: number | null) => (index === null ? NONE : String(index));

  return (
    <>
      <p>
        <a href={href({ name: 'outcomes' })}>Back to outcomes</a>
      </p>
      <PageHeading title="Import hospital use">Import hospital use</PageHeading>
      <p>
        Import the counts a hospital or ambulance trust sends: for each person and month, A&amp;E
        attendances, 999 calls, ambulance conveyances or admissions. Each row needs the person’s
        service reference (set it on their Hospital use page) and a month.
      </p>
      <p>
        If any row has a problem, nothing is imported and each problem is listed by its row number,
        so you can put it right in the file and import it again. A person in the file with no row
        for a month of the file is taken to have had none that month.
      </p>
      {done ? (
        <Notice>
          <p>
            Imported {done.rows} {done.rows === 1 ? 'row' : 'rows'} for {done.people}{' '}
            {done.people === 1 ? 'person' : 'people'}, {monthLabel(done.firstMonth, true)} to{' '}
            {monthLabel(done.lastMonth, true)}.
            {done.zeroFilled > 0
              ? ` ${done.zeroFilled} ${done.zeroFilled === 1 ? 'count was' : 'counts were'} set to 0 for months with no row.`
              : ''}
          </p>
          <p>
            <a href={href({ name: 'outcomes' })}>See the outcomes</a>
          </p>
        </Notice>
      ) : null}
      {refusal ? (
        <ErrorSummary
          title="Nothing was imported"
          errors={[refusal.message, ...refusal.rows].map((message) => ({ message }))}
        />
      ) : null}
      <ErrorSummary errors={problems.map((message) => ({ message }))} />
      <form onSubmit={(e) => void send(e)} noValidate>
        <FieldGroup
          id={FILE_ID}
          label="Choose the trust’s CSV file"
          hint="Save it as CSV from Excel if it came as a spreadsheet. It is read on this computer: only the columns you choose below are sent."
          error={fileError}
        >
          <input
            class={styles.file}
            id={FILE_ID}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${FILE_ID}-hint${fileError ? ` ${FILE_ID}-error` : ''}`}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => void choose(event.currentTarget)}
          />
        </FieldGroup>
        {file && mapping ? (
          <>
            <h2>Which column is which</h2>
            <p>
              {file.name}: {file.records.length} {file.records.length === 1 ? 'row' : 'rows'} under
              the header. We guessed from the column names: check each one.
            </p>
            {nhsColumns.length > 0 ? (
              <Warning>
                <p>
                  The column {nhsColumns.map((c) => `“${c}”`).join(' and ')} is left out. NHS
                  numbers are never sent or kept here: people are matched by their service
                  reference.
                </p>
              </Warning>
            ) : null}
            <div class={styles.mapping}>
              <Select
                id="map-ref"
                label="Service reference"
                value={show(mapping.ref)}
                onChange={(v) => setMapping({ ...mapping, ref: pick(v) })}
                options={options}
              />
              <Select
                id="map-month"
                label="Month"
                value={show(mapping.month)}
                onChange={(v) => setMapping({ ...mapping, month: pick(v) })}
                options={options}
              />
              {HOSPITAL_KINDS.map((kind) => (
                <Select
                  key={kind}
                  id={`map-${kind}`}
                  label={KIND_WORDS[kind]}
                  value={show(mapping.counts[kind])}
                  onChange={(v) =>
                    setMapping({ ...mapping, counts: { ...mapping.counts, [kind]: pick(v) } })
                  }
                  options={options}
                />
              ))}
            </div>
            <Preview file={file} mapping={mapping} />
          </>
        ) : null}
        <Button type="submit" disabled={sending}>
          {file
            ? `Import ${file.records.length} ${file.records.length === 1 ? 'row' : 'rows'}`
            : 'Import'}
        </Button>
      </form>
    </>
  );
}

/** The first rows as they will be read, so a wrong column shows before anything is sent. */
function Preview({ file, mapping }: { file: Loaded; mapping: ImportMapping }) {
  const kinds = HOSPITAL_KINDS.filter((k) => mapping.counts[k] !== null);
  const cell = (r: CsvRecord, i: number | null) => (i === null ? '' : (r.cells[i] ?? '').trim());
  return (
    <Table
      caption="The first 5 rows as they will be read"
      headings={['Row', 'Service reference', 'Month', ...kinds.map((k) => KIND_WORDS[k])]}
    >
      {file.records.slice(0, 5).map((r) => (
        <tr key={r.row}>
          <Cell label="Row" header>
            {r.row}
          </Cell>
          <Cell label="Service reference">{cell(r, mapping.ref)}</Cell>
          <Cell label="Month">{cell(r, mapping.month)}</Cell>
          {kinds.map((k) => (
            <Cell key={k} label={KIND_WORDS[k]}>
              {cell(r, mapping.counts[k]) || '0'}
            </Cell>
          ))}
        </tr>
      ))}
    </Table>
  );
}
