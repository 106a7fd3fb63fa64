import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  arrearsSubmissionId,
  consentClauseUnitKeys,
  rentsDueSince,
  validateArrearsReport,
  type ArrearsDraft,
  type ArrearsFieldErrors,
} from '../../../../src/domain/concern/arrears-report.ts';
import { concernTypes, suggestedLevel } from '../../../../src/domain/concern/concern.ts';
import { reportedTimeline } from '../../../../src/domain/concern/concern-form.ts';
import { parseNationalId } from '../../../../src/domain/identity/national-id.ts';

const TODAY = '2026-11-23';
/** Synthetic (month + 80), from tests/fixtures/fodselsnummer.json. */
const KARI = '12879343745';
const D_NUMBER = '60849840528';
const NAV_KEYS = ['nav-bolig'];

/** A complete, valid restansemelding, with any field overridden. */
const report = (overrides: ArrearsDraft = {}): ArrearsDraft => ({
  nationalId: KARI,
  name: 'Kari Nordmann',
  amount: '8 400',
  dueDate: '2026-11-01',
  reminderSent: 'purring',
  landlord: 'kommunal',
  consentClause: 'ja',
  ...overrides,
});

const check = (draft: ArrearsDraft, options: { synthetic?: boolean; nav?: string[] } = {}) =>
  validateArrearsReport(draft, TODAY, {
    allowSyntheticIds: options.synthetic ?? true,
    consentUnitKeys: options.nav ?? NAV_KEYS,
  });

describe('validateArrearsReport: a good restansemelding', () => {
  it('builds a concern about unpaid rent, anchored on P (today) and D (the due date)', () => {
    const checked = check(report());
    assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.errors));
    const { subject, report: r } = checked.value;
    assert.equal(subject.kind, 'nationalId');
    assert.equal(subject.kind === 'nationalId' && subject.name, 'Kari Nordmann');
    assert.equal(r.category, 'fare-for-a-miste-bolig');
    assert.equal(r.subcategory, 'hoye-boutgifter');
    assert.equal(r.source, 'innfordring');
    assert.deepEqual(r.arrearsReport, { reportedDate: TODAY, reminderSent: 'purring' });
    assert.deepEqual(r.rentArrears, {
      amountNok: 8400,
      months: 1,
      landlord: 'kommunal',
      firstMissedRentDate: '2026-11-01',
    });
    assert.equal(r.tenure, 'kommunal');
    assert.equal(r.description, '');
    assert.equal(r.residentInformed, false);
    assert.deepEqual(concernTypes(r), ['husleierestanse']);
    assert.equal(suggestedLevel(r), 1);
    const timeline = reportedTimeline(r, TODAY);
    assert.equal(timeline.arrearsReportedDate, TODAY);
    assert.equal(timeline.firstMissedRentDate, '2026-11-01');
  });

  it('maps the consent clause to written consent to NAV’s units (sharing basis samtykke)', () => {
    const checked = check(report(), { nav: ['nav-bolig', 'nav-sentrum'] });
    assert.ok(checked.ok);
    assert.equal(checked.value.report.sharingBasis, 'samtykke');
    assert.deepEqual(checked.value.consent, {
      unitKeys: ['nav-bolig', 'nav-sentrum'],
      form: 'skriftlig',
    });
    const noNav = check(report(), { nav: [] });
    assert.ok(noNav.ok);
    assert.equal(noNav.value.report.sharingBasis, 'samtykke');
    assert.equal(noNav.value.consent, null, 'no NAV unit in Husly: nobody to name');
  });

  const cases: [string, ArrearsDraft][] = [
    ['a number with a space and no name', { nationalId: '128793 43745', name: '' }],
    ['a D-nummer', { nationalId: D_NUMBER }],
    ['name and birth date instead of a number', { nationalId: '', birthDate: '1993-07-12' }],
    ['an amount written "12 500,-"', { amount: '12 500,-' }],
    ['a private landlord and no reminder yet', { landlord: 'privat', reminderSent: 'ingen' }],
    ['an inkassovarsel', { reminderSent: 'inkassovarsel' }],
    ['a due date today', { dueDate: TODAY }],
    ['values with surrounding spaces', { amount: ' 3001 ', consentClause: ' ja ' }],
  ];
  for (const [name, overrides] of cases)
    it(`accepts ${name}`, () => {
      const checked = check(report(overrides));
      assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.errors));
    });

  it('counts the rents fallen due since the first unpaid one as the months of arrears', () => {
    assert.equal(rentsDueSince('2026-11-01', TODAY), 1);
    assert.equal(rentsDueSince('2026-09-01', TODAY), 3);
    assert.equal(rentsDueSince('2026-09-24', TODAY), 2, 'the 24 November rent is not due yet');
    assert.equal(rentsDueSince('2016-12-01', TODAY), 60, 'at most the form’s 60');
    const checked = check(report({ dueDate: '2026-08-15' }));
    assert.ok(checked.ok);
    assert.equal(checked.value.report.rentArrears?.months, 4);
  });
});

describe('validateArrearsReport: a bad restansemelding gets a stable code per field', () => {
  const bad: [string, ArrearsDraft, ArrearsFieldErrors, { synthetic?: boolean }?][] = [
    ['nobody', { nationalId: '', name: '' }, { nationalId: 'WHO_REQUIRED' }],
    ['a wrong check digit', { nationalId: '12879343746' }, { nationalId: 'NATIONAL_ID.CHECKSUM' }],
    ['ten digits', { nationalId: '1287934374' }, { nationalId: 'NATIONAL_ID.LENGTH' }],
    [
      'a synthetic number in production',
      {},
      { nationalId: 'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION' },
      { synthetic: false },
    ],
    ['a name without birth date', { nationalId: '' }, { birthDate: 'REQUIRED' }],
    [
      'a birth date without a name',
      { nationalId: '', name: '', birthDate: '1993-07-12' },
      { name: 'REQUIRED' },
    ],
    ['a name too long', { name: 'K'.repeat(101) }, { name: 'TOO_LONG' }],
    ['no amount', { amount: '' }, { amount: 'REQUIRED' }],
    ['an amount in words', { amount: 'mange' }, { amount: 'AMOUNT_RANGE' }],
    ['a zero amount', { amount: '0' }, { amount: 'AMOUNT_RANGE' }],
    ['øre', { amount: '8400,50' }, { amount: 'AMOUNT_RANGE' }],
    ['no due date', { dueDate: '' }, { dueDate: 'REQUIRED' }],
    ['a Norwegian date on the card', { dueDate: '01.11.2026' }, { dueDate: 'DATE_FORMAT' }],
    ['30 February', { dueDate: '2026-02-30' }, { dueDate: 'DATE_FORMAT' }],
    ['a due date ahead', { dueDate: '2026-12-01' }, { dueDate: 'DATE_IN_FUTURE' }],
    ['a due date eleven years back', { dueDate: '2015-11-01' }, { dueDate: 'DATE_TOO_OLD' }],
    ['no reminder answer', { reminderSent: '' }, { reminderSent: 'REQUIRED' }],
    ['a reminder not on the list', { reminderSent: 'namsmann' }, { reminderSent: 'CHOICE' }],
    ['no landlord', { landlord: '' }, { landlord: 'REQUIRED' }],
    ['an owner-occupier', { landlord: 'eid' }, { landlord: 'CHOICE' }],
    ['no answer on the clause', { consentClause: '' }, { consentClause: 'REQUIRED' }],
    ['"kanskje" on the clause', { consentClause: 'kanskje' }, { consentClause: 'CHOICE' }],
    [
      'a lease without the clause',
      { consentClause: 'nei' },
      { consentClause: 'NO_CONSENT_CLAUSE' },
    ],
    [
      'everything wrong at once',
      {
        nationalId: '1',
        amount: '',
        dueDate: 'i går',
        reminderSent: 'x',
        landlord: 'x',
        consentClause: 'nei',
      },
      {
        nationalId: 'NATIONAL_ID.LENGTH',
        amount: 'REQUIRED',
        dueDate: 'DATE_FORMAT',
        reminderSent: 'CHOICE',
        landlord: 'CHOICE',
        consentClause: 'NO_CONSENT_CLAUSE',
      },
    ],
  ];
  for (const [name, overrides, errors, options] of bad)
    it(`refuses ${name}`, () => {
      const checked = check(report(overrides), options);
      assert.equal(checked.ok, false);
      assert.deepEqual(!checked.ok && checked.errors, errors);
    });

  it('refuses fields that are not text, as a forged card might send', () => {
    const checked = check({ ...report(), amount: 12 as unknown as string });
    assert.deepEqual(!checked.ok && checked.errors, { amount: 'REQUIRED' });
  });
});

describe('consentClauseUnitKeys and arrearsSubmissionId', () => {
  it('names the NAV units only', () => {
    assert.deepEqual(
      consentClauseUnitKeys([
        { key: 'nav-bolig', kind: 'nav' },
        { key: 'innfordring', kind: 'innfordring' },
        { key: 'nav-2', kind: 'nav' },
      ]),
      ['nav-bolig', 'nav-2'],
    );
  });

  it('is a keyed hash of the number and due date: stable, never the number', () => {
    const parsed = parseNationalId(KARI, { allowSynthetic: true });
    const other = parseNationalId(D_NUMBER, { allowSynthetic: true });
    assert.ok(parsed.ok && other.ok);
    const id = arrearsSubmissionId(parsed.value, '2026-11-01', 'secret-a'.repeat(5));
    assert.match(id, /^restanse-[0-9a-f]{32}$/);
    assert.ok(!id.includes(KARI) && !id.includes(KARI.slice(0, 6)));
    assert.equal(id, arrearsSubmissionId(parsed.value, '2026-11-01', 'secret-a'.repeat(5)));
    for (const different of [
      arrearsSubmissionId(parsed.value, '2026-12-01', 'secret-a'.repeat(5)),
      arrearsSubmissionId(other.value, '2026-11-01', 'secret-a'.repeat(5)),
      arrearsSubmissionId(parsed.value, '2026-11-01', 'secret-b'.repeat(5)),
    ])
      assert.notEqual(different, id);
  });
});
