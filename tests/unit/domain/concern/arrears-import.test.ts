import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import {
  importArrears,
  isoDate,
  planArrearsImport,
  wholeKroner,
  type ArrearsImportOptions,
} from '../../../../src/domain/concern/arrears-import.ts';
import { RegisterConcernService } from '../../../../src/domain/concern/register-concern.service.ts';
import { parseCsv } from '../../../../src/org-import/parse-csv.ts';
import { FakeNotifier } from '../../../fakes/fake-notifier.ts';
import { FakeClock } from '../../../fakes/in-memory-repositories.ts';
import { smallMunicipality } from '../../../fakes/org-fixture.ts';

const TODAY = '2026-11-23';
const OPTIONS: ArrearsImportOptions = {
  allowSyntheticIds: true,
  consentUnitKeys: ['nav-bolig'],
  thresholdNok: 3000,
  idSecret: 's'.repeat(40),
};
const HEADER = 'fødselsnummer,navn,beløp,forfallsdato,purring,utleier,samtykkeklausul';
/** Synthetic numbers (month + 80), from tests/fixtures/fodselsnummer.json; invented names. */
const GOOD = [
  HEADER,
  '12879343745,Kari Nordmann,8400,2026-11-01,purring,kommunal,ja',
  '28879041858,Tuva Testesen,"12 500,00",01.10.2026,inkassovarsel,privat,ja',
  '10910174148,Ola Liten,2500,2026-11-01,ingen,kommunal,ja',
  '23914531519,Per Uten,9000,2026-11-01,purring,kommunal,nei',
  '21907814367,Lise Lav,1000,2026-11-01,ingen,privat,nei',
].join('\n');

const plan = (csv: string, options: Partial<ArrearsImportOptions> = {}) =>
  planArrearsImport(parseCsv(csv), TODAY, { ...OPTIONS, ...options });

describe('planArrearsImport', () => {
  it('registers lines above the threshold with the clause, and counts the rest', () => {
    const checked = plan(GOOD);
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.problems));
    assert.deepEqual(
      checked.plan.lines.map((l) => l.line),
      [2, 3],
    );
    assert.equal(checked.plan.belowThreshold, 2, 'Ola (2 500) and Lise (1 000, no clause)');
    assert.equal(checked.plan.withoutConsentClause, 1, 'Per (9 000, no clause)');
    const [, tuva] = checked.plan.lines;
    assert.deepEqual(tuva?.concern.report.rentArrears, {
      amountNok: 12500,
      months: 2,
      landlord: 'privat',
      firstMissedRentDate: '2026-10-01',
    });
    assert.equal(tuva?.concern.report.arrearsReport?.reminderSent, 'inkassovarsel');
    assert.ok(checked.plan.lines.every((l) => /^restanse-[0-9a-f]{32}$/.test(l.submissionId)));
  });

  it('takes the threshold as given: above it, not at it', () => {
    const at = plan(GOOD, { thresholdNok: 8400 });
    assert.ok(at.ok);
    assert.deepEqual(
      at.plan.lines.map((l) => l.line),
      [3],
    );
    const zero = plan(GOOD, { thresholdNok: 0 });
    assert.ok(zero.ok);
    assert.equal(zero.plan.lines.length, 3);
    assert.equal(zero.plan.withoutConsentClause, 2);
  });

  it('reads the header in any order, any case, with or without æøå', () => {
    const csv = [
      'Samtykkeklausul,NAVN,fodselsnummer,belop,Forfallsdato,purring,utleier',
      'ja,Kari Nordmann,12879343745,8400,2026-11-01,purring,kommunal',
    ].join('\r\n');
    const checked = plan(`\uFEFF${csv}\r\n`);
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.problems));
    assert.equal(checked.plan.lines.length, 1);
  });

  it('lists every bad line with its number and column, and registers nothing', () => {
    const csv = [
      HEADER,
      '12879343745,Kari Nordmann,8400,2026-11-01,purring,kommunal,ja',
      '12879343746,Feil Siffer,8400,2026-11-01,purring,kommunal,ja',
      ',Uten Nummer,8400,2026-11-01,purring,kommunal,ja',
      '28879041858,Tuva Testesen,mye,31.02.2026,sendt,kommune,kanskje',
      '10910174148,For Få,8400',
      '',
      '21907814367,Lise Lav,5000,2027-01-01,ingen,privat,nei',
    ].join('\n');
    const checked = plan(csv);
    assert.equal(checked.ok, false);
    assert.deepEqual(!checked.ok && checked.problems, [
      { line: 3, code: 'FIELD', column: 'fødselsnummer', error: 'NATIONAL_ID.CHECKSUM' },
      { line: 4, code: 'FIELD', column: 'fødselsnummer', error: 'REQUIRED' },
      { line: 5, code: 'FIELD', column: 'beløp', error: 'AMOUNT_RANGE' },
      { line: 5, code: 'FIELD', column: 'forfallsdato', error: 'DATE_FORMAT' },
      { line: 5, code: 'FIELD', column: 'purring', error: 'CHOICE' },
      { line: 5, code: 'FIELD', column: 'utleier', error: 'CHOICE' },
      { line: 5, code: 'FIELD', column: 'samtykkeklausul', error: 'CHOICE' },
      { line: 6, code: 'CELL_COUNT', expected: 7 },
      // A bad line is refused even when it would have been skipped for want of the clause.
      { line: 8, code: 'FIELD', column: 'forfallsdato', error: 'DATE_IN_FUTURE' },
    ]);
  });

  it('refuses a wrong header, an empty file and a file with no lines', () => {
    const wrong = plan('fnr,navn,beløp,forfallsdato,purring,utleier,samtykkeklausul,ekstra\n');
    assert.deepEqual(!wrong.ok && wrong.problems, [
      { line: 1, code: 'HEADER', missing: ['fødselsnummer'], unknown: ['fnr', 'ekstra'] },
    ]);
    const twice = plan(`${HEADER},navn\n`);
    assert.equal(!twice.ok && twice.problems[0]?.code, 'HEADER');
    assert.deepEqual(!plan('').ok && (plan('') as { problems: unknown }).problems, [
      { line: 1, code: 'EMPTY_FILE' },
    ]);
    assert.deepEqual(!plan(HEADER).ok && (plan(HEADER) as { problems: unknown }).problems, [
      { line: 2, code: 'NO_LINES' },
    ]);
  });
});

describe('importArrears through RegisterConcernService', () => {
  it('registers each line once: a second run finds them all already registered', async () => {
    const { husly, actor } = await smallMunicipality();
    const clock = new FakeClock(new Date(`${TODAY}T10:00:00Z`));
    const register = new RegisterConcernService(
      husly,
      new AccessGate(clock),
      new FakeNotifier(),
      clock,
      {
        idSecret: OPTIONS.idSecret,
        timeZone: 'Europe/Oslo',
      },
    );
    const checked = plan(GOOD);
    assert.ok(checked.ok);
    const innfordring = { ...(await actor('boligSaks')), audience: 'cli' as const };
    const first = await importArrears(register, innfordring, checked.plan);
    assert.deepEqual(first, {
      registered: 2,
      alreadyRegistered: 0,
      newCases: 2,
      belowThreshold: 2,
      withoutConsentClause: 1,
    });
    const second = await importArrears(register, innfordring, checked.plan);
    assert.deepEqual(second, { ...first, registered: 0, alreadyRegistered: 2, newCases: 0 });
    assert.equal(husly.state.concerns.length, 2);
    assert.ok(husly.state.concerns.every((c) => c.source === 'innfordring'));
    assert.ok(husly.state.concerns.every((c) => c.arrearsReport?.reportedDate === TODAY));
    const audits = husly.state.audit.filter((a) => a.action === 'concern.register');
    assert.equal(audits.length, 2);
    assert.ok(audits.every((a) => a.detail?.audience === 'cli'));
  });
});

describe('isoDate and wholeKroner', () => {
  it('read Norwegian dates and amounts as exported, and leave the rest to the validator', () => {
    assert.equal(isoDate('01.10.2026'), '2026-10-01');
    assert.equal(isoDate('1.2.2026'), '2026-02-01');
    assert.equal(isoDate(' 2026-10-01 '), '2026-10-01');
    assert.equal(isoDate('2026/10/01'), '2026/10/01');
    assert.equal(wholeKroner('12 500,00'), '12 500');
    assert.equal(wholeKroner('12500.5'), '12500');
    assert.equal(wholeKroner('kr 3 100'), '3 100');
    assert.equal(wholeKroner('3100 kr'), '3100');
    assert.equal(wholeKroner('12.500'), '12.500');
  });
});
