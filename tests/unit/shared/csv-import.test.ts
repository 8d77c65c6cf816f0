import { describe, expect, test } from 'vitest';
import { parseCsv } from '#shared/csv-parse';
import {
  guessMapping,
  importRequest,
  isNhsNumberHeader,
  mappingProblems,
  readCount,
  readMonth,
} from '#shared/hospital-import';

describe('reading CSV as spreadsheets write it', () => {
  test('quoted fields, commas and line breaks in quotes, doubled quotes, CRLF and a BOM', () => {
    const text =
      '\uFEFFService ref,Month,"A&E, attendances"\r\n' +
      'HIU-1,2026-01,"2"\r\n' +
      '"HIU ""2""","Jan\r\n2026", 3 \r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      records: [
        { row: 1, cells: ['Service ref', 'Month', 'A&E, attendances'] },
        { row: 2, cells: ['HIU-1', '2026-01', '2'] },
        { row: 3, cells: ['HIU "2"', 'Jan\r\n2026', ' 3 '] },
      ],
    });
  });

  test('LF and lone CR line ends, no final line end, blank lines counted but skipped', () => {
    expect(parseCsv('a,b\n\n1,2\r,,\r3,4')).toEqual({
      ok: true,
      records: [
        { row: 1, cells: ['a', 'b'] },
        { row: 3, cells: ['1', '2'] },
        { row: 5, cells: ['3', '4'] },
      ],
    });
  });

  test('empty cells at the ends of a line are kept', () => {
    expect(parseCsv('a,,\r\n,b,\r\n')).toEqual({
      ok: true,
      records: [
        { row: 1, cells: ['a', '', ''] },
        { row: 2, cells: ['', 'b', ''] },
      ],
    });
  });

  test('a quote never closed is refused with the row it opened on', () => {
    expect(parseCsv('a,b\r\n1,"two\r\n3,4\r\n')).toEqual({
      ok: false,
      row: 2,
      message: 'Row 2 opens a quote (") that is never closed.',
    });
  });

  test('a quote inside an unquoted cell is kept as it is', () => {
    expect(parseCsv('5" screen,x')).toEqual({
      ok: true,
      records: [{ row: 1, cells: ['5" screen', 'x'] }],
    });
  });
});

describe('mapping a trust file', () => {
  const headers = [
    'NHS Number',
    'Client ID',
    'Period',
    'A&E attendances',
    '999 calls',
    'Conveyances',
    'Non-elective admissions',
  ];

  test('a first guess from the headers, never the NHS number', () => {
    expect(isNhsNumberHeader('NHS Number')).toBe(true);
    expect(isNhsNumberHeader('nhs_no')).toBe(true);
    expect(isNhsNumberHeader('Service ref')).toBe(false);
    expect(guessMapping(headers)).toEqual({
      ref: 1,
      month: 2,
      counts: { ae: 3, calls999: 4, conveyances: 5, admissions: 6 },
    });
    expect(guessMapping(['NHS number', 'Month'])).toEqual({
      ref: null,
      month: 1,
      counts: { ae: null, calls999: null, conveyances: null, admissions: null },
    });
  });

  test('what is wrong with a mapping', () => {
    const none = { ae: null, calls999: null, conveyances: null, admissions: null };
    expect(mappingProblems({ ref: null, month: null, counts: none }, headers)).toEqual([
      'Choose the column with the service reference.',
      'Choose the column with the month.',
      'Choose at least one column of counts.',
    ]);
    expect(mappingProblems({ ref: 0, month: 2, counts: { ...none, ae: 2 } }, headers)).toEqual([
      'Use each column for one thing only.',
      'The NHS number column cannot be used. Choose the service reference instead.',
    ]);
    expect(mappingProblems(guessMapping(headers), headers)).toEqual([]);
  });

  test('the request carries only the mapped columns and the row numbers', () => {
    const parsed = parseCsv(
      'NHS Number,Client ID,Period,A&E,Notes\r\n9434765919,HIU-1,2026-01,2,Said hello\r\n\r\n9434765870,HIU-2,2026-02,,\r\n',
    );
    if (!parsed.ok) throw new Error('not parsed');
    const request = importRequest(parsed.records.slice(1), {
      ref: 1,
      month: 2,
      counts: { ae: 3, calls999: null, conveyances: null, admissions: null },
    });
    expect(request).toEqual({
      kinds: ['ae'],
      rows: [
        [2, 'HIU-1', '2026-01', '2'],
        [4, 'HIU-2', '2026-02', ''],
      ],
    });
    expect(JSON.stringify(request)).not.toMatch(/9434765|hello/);
  });
});

describe('reading a month or a count', () => {
  test.each([
    ['2026-03', '2026-03'],
    ['2026-3', '2026-03'],
    ['2026-03-01', '2026-03'],
    ['03/2026', '2026-03'],
    ['1/3/2026', '2026-03'],
    ['31/03/2026', '2026-03'],
    ['Mar 2026', '2026-03'],
    ['March 2026', '2026-03'],
    ['mar-26', '2026-03'],
    ['Sept 2026', '2026-09'],
    [' 2026-12 ', '2026-12'],
  ])('%s is %s', (text, month) => expect(readMonth(text)).toBe(month));

  test.each(['2026-13', '13/2026', 'Marchy 2026', 'Ma 2026', '2026', '', 'next month'])(
    '%s is not a month',
    (text) => expect(readMonth(text)).toBeNull(),
  );

  test('counts: whole numbers 0 to 999, blank is 0', () => {
    expect(readCount('')).toBe(0);
    expect(readCount(' 7 ')).toBe(7);
    expect(readCount('999')).toBe(999);
    for (const bad of ['1000', '-1', '1.5', 'two', '1e2']) expect(readCount(bad)).toBeNull();
  });
});
