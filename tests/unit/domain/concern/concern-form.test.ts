import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConcernReport } from '../../../../src/domain/concern/concern.ts';
import {
  CONCERN_FIELD_MAX,
  CONCERN_FIELDS,
  reportedTimeline,
  validateConcernDraft,
  type ConcernDraft,
  type FieldErrors,
} from '../../../../src/domain/concern/concern-form.ts';
import { draft, UNIT_KEYS } from '../../../fakes/concern-draft.ts';

const TODAY = '2026-11-23';
const errorsOf = (d: ConcernDraft, allowSyntheticIds = true): FieldErrors => {
  const r = validateConcernDraft(d, TODAY, { allowSyntheticIds, unitKeys: UNIT_KEYS });
  return r.ok ? {} : r.errors;
};

describe('validateConcernDraft', () => {
  it('accepts a complete form', () => {
    assert.deepEqual(errorsOf(draft()), {});
  });

  const cases: [string, ConcernDraft, FieldErrors][] = [
    ['nobody named', { nationalId: '', name: '' }, { nationalId: 'WHO_REQUIRED' }],
    ['a wrong check digit', { nationalId: '12879343746' }, { nationalId: 'NATIONAL_ID.CHECKSUM' }],
    ['name without birth date', { nationalId: '', name: 'Kari' }, { birthDate: 'REQUIRED' }],
    [
      'birth date in the future',
      { nationalId: '', name: 'Kari', birthDate: '2027-01-01' },
      { birthDate: 'DATE_IN_FUTURE' },
    ],
    ['unknown category', { category: 'fare-for-a-miste-bolig/for-liten' }, { category: 'CHOICE' }],
    ['no category', { category: '' }, { category: 'REQUIRED' }],
    ['arrears without amount', { arrearsAmount: '' }, { arrearsAmount: 'REQUIRED' }],
    ['negative amount', { arrearsAmount: '-5' }, { arrearsAmount: 'AMOUNT_RANGE' }],
    ['decimal amount', { arrearsAmount: '12,5' }, { arrearsAmount: 'AMOUNT_RANGE' }],
    ['absurd amount', { arrearsAmount: '999999999' }, { arrearsAmount: 'AMOUNT_RANGE' }],
    ['zero months', { arrearsMonths: '0' }, { arrearsMonths: 'MONTHS_RANGE' }],
    ['landlord not offered', { landlord: 'borettslag' }, { landlord: 'CHOICE' }],
    [
      'missed rent in the future',
      { firstMissedRentDate: '2026-12-01' },
      { firstMissedRentDate: 'DATE_IN_FUTURE' },
    ],
    ['not a date', { firstMissedRentDate: '31.10.2026' }, { firstMissedRentDate: 'DATE_FORMAT' }],
    ['no such day', { firstMissedRentDate: '2026-02-30' }, { firstMissedRentDate: 'DATE_FORMAT' }],
    [
      'eleven years ago',
      { firstMissedRentDate: '2015-01-01' },
      { firstMissedRentDate: 'DATE_TOO_OLD' },
    ],
    [
      'notice received before it was dated',
      { noticeReceived: 'true', noticeDate: '2026-11-10', noticeReceivedDate: '2026-11-09' },
      { noticeReceivedDate: 'RECEIVED_BEFORE_NOTICE' },
    ],
    [
      'notice dated before the rent was missed',
      { noticeReceived: 'true', noticeDate: '2026-09-01', noticeReceivedDate: '2026-09-02' },
      { noticeDate: 'NOTICE_BEFORE_ARREARS' },
    ],
    [
      'a namsmann letter without any of its dates',
      { namsmannNotice: 'true' },
      { namsmannNoticeDate: 'NAMSMANN_DATE_REQUIRED' },
    ],
    [
      'eviction date in the past',
      { evictionDateSet: 'true', evictionDate: '2026-11-01' },
      { evictionDate: 'EVICTION_IN_PAST' },
    ],
    [
      '"already happened" in the future',
      { evictionDateSet: 'true', evictionDate: '2026-12-01', evictionHappened: 'true' },
      { evictionHappened: 'EVICTION_HAPPENED_IN_FUTURE' },
    ],
    ['nothing happened', { rentArrears: 'false' }, { other: 'WHAT_HAPPENED_REQUIRED' }],
    ['overlong description', { description: 'x'.repeat(2001) }, { description: 'TOO_LONG' }],
    ['unknown sharing basis', { sharingBasis: 'kanskje' }, { sharingBasis: 'CHOICE' }],
    ['resident informed not answered', { residentInformed: '' }, { residentInformed: 'REQUIRED' }],
  ];
  for (const [why, change, expected] of cases)
    it(`refuses ${why}`, () => {
      assert.deepEqual(errorsOf(draft(change)), expected);
    });

  it('accepts a past eviction that already happened, and today as an eviction date', () => {
    assert.deepEqual(
      errorsOf(
        draft({ evictionDateSet: 'true', evictionDate: '2026-11-01', evictionHappened: 'true' }),
      ),
      {},
    );
    assert.deepEqual(errorsOf(draft({ evictionDateSet: 'true', evictionDate: TODAY })), {});
  });

  it('refuses synthetic numbers in production', () => {
    assert.deepEqual(errorsOf(draft(), false), {
      nationalId: 'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION',
    });
  });

  it('refuses fields filled under an event that is not ticked, rather than drop them', () => {
    assert.deepEqual(
      errorsOf(draft({ namsmannNotice: 'false', namsmannNoticeDate: '2026-11-20' })),
      { namsmannNotice: 'DETAILS_NOT_TICKED' },
    );
    assert.deepEqual(
      errorsOf(draft({ evictionDateSet: 'false', evictionDate: '', evictionHappened: 'false' })),
      {},
      'empty fields and an unticked inner box are nothing filled in',
    );
  });
});

/** The report of a draft that must be valid. */
const reportOf = (d: ConcernDraft): ConcernReport => {
  const r = validateConcernDraft(d, TODAY, { allowSyntheticIds: true, unitKeys: UNIT_KEYS });
  if (!r.ok) assert.fail(`expected a valid form, got ${JSON.stringify(r.errors)}`);
  return r.value.report;
};
/** Only "annet" ticked: the smallest valid form to add one event to. */
const bare = (overrides: ConcernDraft = {}): ConcernDraft =>
  draft({ rentArrears: 'false', other: 'true', ...overrides });

describe('validateConcernDraft: the fields of the domain review (§2.3)', () => {
  it('keeps every field in CONCERN_FIELDS with a maximum length', () => {
    assert.deepEqual(Object.keys(CONCERN_FIELD_MAX).sort(), [...CONCERN_FIELDS].sort());
    for (const f of [
      'source',
      'acute',
      'landlordNotice',
      'landlordNoticeDate',
      'tenantReserved',
      'namsmannCopyDate',
      'objectionDeadline',
      'belongingsDeadline',
      'terminated',
      'terminationDate',
      'timeLimitedLease',
      'leaseEndDate',
      'releaseDate',
      'temporaryAccommodationSince',
      'children',
      'tenure',
      'contact',
      'wishes',
    ] as const)
      assert.ok(CONCERN_FIELDS.includes(f), f);
  });

  const cases: [string, ConcernDraft, FieldErrors][] = [
    // Source
    ['no source', { source: '' }, { source: 'REQUIRED' }],
    ['"ikke-oppgitt" as a source', { source: 'ikke-oppgitt' }, { source: 'CHOICE' }],
    ['an unknown source', { source: 'naboen' }, { source: 'CHOICE' }],
    // Acute
    [
      'acute with a category that contradicts it',
      { acute: 'true', category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg' },
      { category: 'ACUTE_CATEGORY' },
    ],
    [
      'acute with a category that does not exist',
      { acute: 'true', category: 'uten-egen-bolig/i-natt' },
      { category: 'CHOICE' },
    ],
    // The landlord's notice to NAV (husleieloven § 9-11)
    [
      'a landlord notice without its date',
      { landlordNotice: 'true' },
      { landlordNoticeDate: 'REQUIRED' },
    ],
    [
      'a landlord notice NAV gets tomorrow',
      { landlordNotice: 'true', landlordNoticeDate: '2026-11-24' },
      { landlordNoticeDate: 'DATE_IN_FUTURE' },
    ],
    [
      'a reservation answer not offered',
      { tenantReserved: 'kanskje' },
      { tenantReserved: 'CHOICE' },
    ],
    // The namsmann's letter
    [
      'a namsmann letter the tenant gets tomorrow',
      { namsmannNotice: 'true', namsmannNoticeDate: '2026-11-24' },
      { namsmannNoticeDate: 'DATE_IN_FUTURE' },
    ],
    [
      'a copy NAV gets tomorrow',
      { namsmannNotice: 'true', namsmannCopyDate: '2026-11-24' },
      { namsmannCopyDate: 'DATE_IN_FUTURE' },
    ],
    [
      'an objection deadline before the tenant got the letter',
      { namsmannNotice: 'true', namsmannNoticeDate: '2026-11-20', objectionDeadline: '2026-11-19' },
      { objectionDeadline: 'OBJECTION_BEFORE_LETTER' },
    ],
    [
      'an objection deadline a year ahead (a mistyped year)',
      { namsmannNotice: 'true', objectionDeadline: '2027-12-04' },
      { objectionDeadline: 'DATE_TOO_FAR' },
    ],
    [
      'an objection deadline that is no date',
      { namsmannNotice: 'true', objectionDeadline: '4. desember' },
      { objectionDeadline: 'DATE_FORMAT' },
    ],
    // After an eviction
    [
      'a belongings deadline before the eviction',
      {
        evictionDateSet: 'true',
        evictionDate: '2026-11-10',
        evictionHappened: 'true',
        belongingsDeadline: '2026-11-09',
      },
      { belongingsDeadline: 'BELONGINGS_BEFORE_EVICTION' },
    ],
    [
      'a belongings deadline half a year ahead',
      {
        evictionDateSet: 'true',
        evictionDate: '2026-11-10',
        evictionHappened: 'true',
        belongingsDeadline: '2027-05-10',
      },
      { belongingsDeadline: 'DATE_TOO_FAR' },
    ],
    // Oppsigelse, lease end
    ['an oppsigelse without its date', { terminated: 'true' }, { terminationDate: 'REQUIRED' }],
    [
      'an oppsigelse that reaches the tenant tomorrow',
      { terminated: 'true', terminationDate: '2026-11-24' },
      { terminationDate: 'DATE_IN_FUTURE' },
    ],
    ['a lease end without its date', { timeLimitedLease: 'true' }, { leaseEndDate: 'REQUIRED' }],
    [
      'a lease that ends more than five years ahead',
      { timeLimitedLease: 'true', leaseEndDate: '2031-11-24' },
      { leaseEndDate: 'DATE_TOO_FAR' },
    ],
    [
      'a lease that ended more than five years ago',
      { timeLimitedLease: 'true', leaseEndDate: '2021-11-22' },
      { leaseEndDate: 'DATE_TOO_OLD' },
    ],
    // Without a home or in an institution
    [
      'a release more than a year ahead',
      { releaseDate: '2027-11-24' },
      { releaseDate: 'DATE_TOO_FAR' },
    ],
    ['a release long ago', { releaseDate: '2026-08-22' }, { releaseDate: 'DATE_TOO_OLD' }],
    [
      'temporary accommodation from tomorrow',
      { temporaryAccommodationSince: '2026-11-24' },
      { temporaryAccommodationSince: 'DATE_IN_FUTURE' },
    ],
    // Household, contact, wishes, description
    ['21 children', { children: '21' }, { children: 'CHILDREN_RANGE' }],
    ['a negative number of children', { children: '-1' }, { children: 'CHILDREN_RANGE' }],
    ['"two" children', { children: 'to' }, { children: 'CHILDREN_RANGE' }],
    ['1.5 children', { children: '1.5' }, { children: 'CHILDREN_RANGE' }],
    ['a tenure not offered', { tenure: 'campingvogn' }, { tenure: 'CHOICE' }],
    ['overlong contact details', { contact: 'x'.repeat(201) }, { contact: 'TOO_LONG' }],
    ['overlong wishes', { wishes: 'x'.repeat(1001) }, { wishes: 'TOO_LONG' }],
  ];
  for (const [why, change, expected] of cases)
    it(`refuses ${why}`, () => {
      assert.deepEqual(errorsOf(draft(change)), expected);
    });

  it('stores the source the form names', () => {
    assert.equal(
      reportOf(draft({ source: 'kriminalomsorg-helse' })).source,
      'kriminalomsorg-helse',
    );
  });

  it('"uten tak over hodet i natt" counts as what happened and sets an empty category', () => {
    const report = reportOf(draft({ rentArrears: 'false', acute: 'true', category: '' }));
    assert.equal(report.acute, true);
    assert.equal(report.category, 'uten-egen-bolig');
    assert.equal(report.subcategory, 'uten-tak-over-hodet');
    assert.equal(
      reportOf(draft({ acute: 'true', category: 'uten-egen-bolig/uten-tak-over-hodet' })).acute,
      true,
      'the matching category is accepted',
    );
    assert.deepEqual(errorsOf(draft({ category: '' })), { category: 'REQUIRED' }, 'not acute');
  });

  it('reads the § 9-11 notice and the reservation (ja/nei/vet ikke → true/false/null)', () => {
    const report = reportOf(
      bare({ landlordNotice: 'true', landlordNoticeDate: '2026-11-20', tenantReserved: 'nei' }),
    );
    assert.equal(report.landlordNoticeDate, '2026-11-20');
    assert.equal(report.tenantReservedAgainstNotice, false);
    assert.equal(reportOf(bare({ tenantReserved: 'ja' })).tenantReservedAgainstNotice, true);
    assert.equal(reportOf(bare({ tenantReserved: 'vet-ikke' })).tenantReservedAgainstNotice, null);
    assert.equal(reportOf(bare()).tenantReservedAgainstNotice, null);
    assert.deepEqual(
      errorsOf(bare({ landlordNotice: 'false', landlordNoticeDate: '2026-11-20' })),
      { landlordNotice: 'DETAILS_NOT_TICKED' },
      'not ticked: asked, not dropped',
    );
  });

  it('takes any one of the namsmann letter’s dates; the deadline may lie ahead', () => {
    const served = reportOf(bare({ namsmannNotice: 'true', namsmannNoticeDate: '2026-11-20' }));
    assert.deepEqual(
      [served.namsmannNoticeDate, served.namsmannCopyDate, served.objectionDeadline],
      ['2026-11-20', null, null],
    );
    const copy = reportOf(bare({ namsmannNotice: 'true', namsmannCopyDate: '2026-11-22' }));
    assert.deepEqual(
      [copy.namsmannNoticeDate, copy.namsmannCopyDate, copy.objectionDeadline],
      [null, '2026-11-22', null],
    );
    const all = reportOf(
      bare({
        namsmannNotice: 'true',
        namsmannNoticeDate: '2026-11-20',
        namsmannCopyDate: '2026-11-22',
        objectionDeadline: '2026-12-04',
      }),
    );
    assert.deepEqual(
      [all.namsmannNoticeDate, all.namsmannCopyDate, all.objectionDeadline],
      ['2026-11-20', '2026-11-22', '2026-12-04'],
    );
    assert.deepEqual(
      errorsOf(bare({ namsmannNotice: 'false', objectionDeadline: '2026-12-04' })),
      { namsmannNotice: 'DETAILS_NOT_TICKED' },
      'not ticked: asked, not dropped',
    );
  });

  it('takes a belongings deadline only after an eviction that has happened', () => {
    const after = reportOf(
      bare({
        evictionDateSet: 'true',
        evictionDate: '2026-11-10',
        evictionHappened: 'true',
        belongingsDeadline: '2026-12-08',
      }),
    );
    assert.deepEqual(after.eviction, { date: '2026-11-10', happened: true });
    assert.equal(after.belongingsDeadline, '2026-12-08');
    const ahead = reportOf(
      bare({ evictionDateSet: 'true', evictionDate: '2026-12-10', belongingsDeadline: 'x' }),
    );
    assert.equal(ahead.belongingsDeadline, null, 'no eviction yet: ignored');
  });

  it('reads an oppsigelse, a lease end (either side of today) and category 1/3 dates', () => {
    const r = reportOf(
      bare({
        terminated: 'true',
        terminationDate: '2026-11-02',
        timeLimitedLease: 'true',
        leaseEndDate: '2027-03-31',
      }),
    );
    assert.deepEqual([r.terminationDate, r.leaseEndDate], ['2026-11-02', '2027-03-31']);
    assert.equal(
      reportOf(bare({ timeLimitedLease: 'true', leaseEndDate: '2026-10-31' })).leaseEndDate,
      '2026-10-31',
    );
    const homeless = reportOf(
      bare({
        other: 'false',
        category: 'uten-egen-bolig/institusjon-uten-bolig',
        releaseDate: '2027-01-15',
      }),
    );
    assert.equal(homeless.releaseDate, '2027-01-15', 'a release date alone is what happened');
    assert.equal(reportOf(bare({ releaseDate: '2026-11-01' })).releaseDate, '2026-11-01');
    const sheltered = reportOf(bare({ other: 'false', temporaryAccommodationSince: '2026-10-01' }));
    assert.equal(sheltered.temporaryAccommodationSince, '2026-10-01');
  });

  it('reads the household, contact details and wishes, all optional', () => {
    const r = reportOf(
      draft({
        children: '2',
        tenure: 'privat',
        contact: ' 400 00 000, best etter kl. 12 ',
        wishes: 'Vil bo nær skolen til barna.',
      }),
    );
    assert.deepEqual(
      [r.children, r.tenure, r.contact, r.wishes],
      [2, 'privat', '400 00 000, best etter kl. 12', 'Vil bo nær skolen til barna.'],
    );
    assert.equal(reportOf(draft({ children: '0' })).children, 0);
    const empty = reportOf(draft());
    assert.deepEqual(
      [empty.children, empty.tenure, empty.contact, empty.wishes],
      [null, null, null, null],
    );
  });

  it("takes an empty description as ''", () => {
    assert.equal(reportOf(draft({ description: '  ' })).description, '');
  });

  it('a refused form is refused whole: no report comes out of it', () => {
    const r = validateConcernDraft(draft({ children: '99', wishes: 'Vil bo nær skolen.' }), TODAY, {
      allowSyntheticIds: true,
      unitKeys: UNIT_KEYS,
    });
    assert.equal(r.ok, false);
  });
});

describe('reportedTimeline', () => {
  it('lays the report’s dates out as a timeline, "uten tak over hodet" dated today', () => {
    const t = reportedTimeline(
      reportOf(
        bare({
          acute: 'true',
          category: '',
          noticeReceived: 'true',
          noticeDate: '2026-11-21',
          noticeReceivedDate: '2026-11-22',
          namsmannNotice: 'true',
          namsmannCopyDate: '2026-11-22',
          terminated: 'true',
          terminationDate: '2026-11-02',
        }),
      ),
      TODAY,
    );
    assert.deepEqual(
      [t.noticeDate, t.noticeReceivedDate, t.namsmannCopyDate, t.terminationDate, t.acuteDate],
      ['2026-11-21', '2026-11-22', '2026-11-22', '2026-11-02', TODAY],
    );
    assert.equal(t.namsmannNoticeDate, null);
    assert.equal(t.evictionHappened, false);
  });
});
