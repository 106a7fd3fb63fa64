import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
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
      'namsmann notice without date',
      { namsmannNotice: 'true' },
      { namsmannNoticeDate: 'REQUIRED' },
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
    ['no description', { description: '   ' }, { description: 'REQUIRED' }],
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

  it('ignores fields of an event that is not ticked', () => {
    assert.deepEqual(
      errorsOf(draft({ namsmannNotice: 'false', namsmannNoticeDate: 'garbage' })),
      {},
    );
  });
});
