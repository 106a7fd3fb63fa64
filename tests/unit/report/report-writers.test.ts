import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Report } from '../../../src/domain/overview/report.ts';
import { csvField, reportCsv } from '../../../src/report/csv-writer.ts';
import { REPORT_LINK_TTL_MS, ReportLinks } from '../../../src/report/report-link.ts';
import { reportFile } from '../../../src/report/report-file.ts';
import { FakeClock } from '../../fakes/in-memory-repositories.ts';

const REPORT: Report = {
  period: { from: '2026-01-01', to: '2026-06-30' },
  fileStem: 'husly-rapport-2026-01-01-2026-06-30',
  sheets: [
    {
      name: 'Indikatorer',
      columns: ['Periode', 'Enhet', 'Verdi'],
      rows: [
        ['2026-01', 'Bosetting og flyktningetjeneste', 12],
        ['2026-01', 'Tjenester for rus; psykisk helse', '< 5'],
        ['2026-02', 'Åsgårdstrand «Øst»', 2.5],
      ],
    },
    { name: 'Om rapporten', columns: ['Felt', 'Verdi'], rows: [['Små tall', 'vises som «< 5»']] },
  ],
};

describe('the CSV writer', () => {
  it('starts with the UTF-8 byte-order mark and keeps æøå', () => {
    const bytes = reportCsv(REPORT);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    assert.match(text, /Åsgårdstrand «Øst»/);
    assert.match(text, /Små tall;vises som «< 5»/);
  });

  it('writes one file: the sheet in the first column, a header line per sheet', () => {
    const lines = reportCsv(REPORT)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    assert.deepEqual(lines, [
      'Ark;Periode;Enhet;Verdi',
      'Indikatorer;2026-01;Bosetting og flyktningetjeneste;12',
      'Indikatorer;2026-01;"Tjenester for rus; psykisk helse";< 5',
      'Indikatorer;2026-02;Åsgårdstrand «Øst»;2,5',
      'Ark;Felt;Verdi',
      'Om rapporten;Små tall;vises som «< 5»',
      '',
    ]);
  });

  it('quotes what needs it and never lets Excel run a formula', () => {
    assert.equal(csvField('a;b'), '"a;b"');
    assert.equal(csvField('si "hei"'), '"si ""hei"""');
    assert.equal(csvField('to\nlinjer'), '"to\nlinjer"');
    assert.equal(csvField(' kant'), '" kant"');
    assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvField('@cmd'), "'@cmd");
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(0), '0');
  });
});

describe('the XLSX writer', () => {
  it('writes a workbook ExcelJS reads back: sheets, headers, numbers as numbers', async () => {
    const file = await reportFile(REPORT, 'xlsx', new Date('2026-11-27T08:00:00Z'));
    assert.equal(file.fileName, 'husly-rapport-2026-01-01-2026-06-30.xlsx');
    assert.match(file.contentType, /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Indikatorer', 'Om rapporten'],
    );
    const ws = workbook.getWorksheet('Indikatorer');
    assert.ok(ws);
    assert.deepEqual(
      [1, 2, 3].map((c) => ws.getRow(1).getCell(c).value),
      ['Periode', 'Enhet', 'Verdi'],
    );
    assert.equal(ws.getCell('C2').value, 12);
    assert.equal(ws.getCell('C3').value, '< 5');
    assert.equal(ws.getCell('B4').value, 'Åsgårdstrand «Øst»');
    assert.equal(workbook.creator, 'Husly');
  });

  it('names the CSV file and its type', async () => {
    const file = await reportFile(REPORT, 'csv', new Date());
    assert.equal(file.fileName, 'husly-rapport-2026-01-01-2026-06-30.csv');
    assert.equal(file.contentType, 'text/csv; charset=utf-8');
  });
});

describe('report download links', () => {
  const clock = new FakeClock(new Date('2026-11-27T08:00:00Z'));
  const links = new ReportLinks('s'.repeat(40), () => 'https://husly.kommune.no/', clock);
  const who = { staffId: 'staff-1', tenantId: 'tenant-1' };
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const tokenOf = (url: string) => url.split('/api/reports/')[1] ?? '';

  it('signs who asked, the period and the format, valid for 15 minutes', () => {
    const url = links.linkFor(who, period, 'xlsx');
    assert.match(url, /^https:\/\/husly\.kommune\.no\/api\/reports\/[\w-]+\.[\w-]{43}$/);
    const check = links.check(tokenOf(url));
    assert.deepEqual(check, {
      ok: true,
      claims: {
        ...who,
        ...period,
        format: 'xlsx',
        expires: clock.now().getTime() + REPORT_LINK_TTL_MS,
      },
    });
  });

  it('refuses an expired, tampered, foreign or malformed token', () => {
    const token = tokenOf(links.linkFor(who, period, 'csv'));
    const [body = '', signature = ''] = token.split('.');
    const later = new ReportLinks('s'.repeat(40), () => '', {
      now: () => new Date(clock.now().getTime() + REPORT_LINK_TTL_MS + 1),
    });
    assert.deepEqual(later.check(token), { ok: false, reason: 'expired' });
    const widened = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), s: 'admin-1' }),
    ).toString('base64url');
    assert.deepEqual(links.check(`${widened}.${signature}`), { ok: false, reason: 'forged' });
    const other = new ReportLinks('t'.repeat(40), () => '', clock);
    assert.deepEqual(other.check(token), { ok: false, reason: 'forged' });
    for (const bad of ['', 'abc', `${body}.`, `${body}.${signature}x`, 'a'.repeat(5000)])
      assert.deepEqual(links.check(bad), { ok: false, reason: 'forged' }, bad.slice(0, 20));
  });
});
