import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_TIMELINE, type EvictionTimeline } from '../../../../src/domain/case/case.ts';
import { addDays } from '../../../../src/domain/common/calendar-date.ts';
import {
  CONTACT_WITHIN_DAYS,
  EVICTION_WITHIN_DAYS,
  REQUEST_WITHIN_DAYS,
  worklistReasons,
  worklistRows,
  type WorklistCandidate,
} from '../../../../src/domain/overview/worklist.ts';

const TODAY = '2026-11-23';
const day = (n: number) => addDays(TODAY, n);

/** A quiet case: taken, nivå 2, contacted, nothing due. On no list. */
const candidate = (
  more: Partial<Omit<WorklistCandidate, 'timeline'>> & {
    timeline?: Partial<EvictionTimeline>;
  } = {},
): WorklistCandidate => ({
  caseId: `id-${more.reference ?? '2026-0001'}`,
  reference: '2026-0001',
  owningUnitId: 'u-1',
  owningUnitName: 'NAV boligsosialt team',
  coordinatorId: 's-1',
  level: 2,
  openedOn: day(-30),
  hasPlan: false,
  hasVedtak: false,
  earliestOpenMeasureDeadline: null,
  nextEvaluationDate: null,
  firstContactOn: day(-29),
  ...more,
  timeline: { ...EMPTY_TIMELINE, ...more.timeline },
});

const codes = (c: WorklistCandidate) => worklistReasons(c, TODAY).map((r) => r.code);

describe('worklistReasons', () => {
  it('puts a quiet case on no list', () => {
    assert.deepEqual(worklistReasons(candidate(), TODAY), []);
  });

  it('acute: without a roof tonight until sheltered since the report', () => {
    assert.deepEqual(worklistReasons(candidate({ timeline: { acuteDate: day(-1) } }), TODAY), [
      { code: 'acute', due: day(-1) },
    ]);
    assert.deepEqual(
      codes(candidate({ timeline: { acuteDate: day(-1), temporaryAccommodationSince: day(-1) } })),
      [],
    );
    // Sheltered before the report: homeless again.
    assert.deepEqual(
      codes(candidate({ timeline: { acuteDate: day(-1), temporaryAccommodationSince: day(-5) } })),
      ['acute'],
    );
  });

  it(`eviction-soon: the eviction date from today to ${EVICTION_WITHIN_DAYS} days ahead`, () => {
    const at = (evictionDate: string, evictionHappened = false) =>
      worklistReasons(candidate({ timeline: { evictionDate, evictionHappened } }), TODAY);
    assert.deepEqual(at(day(0)), [{ code: 'eviction-soon', due: day(0) }]);
    assert.deepEqual(at(day(30)), [{ code: 'eviction-soon', due: day(30) }]);
    assert.deepEqual(at(day(31)), []);
    assert.deepEqual(at(day(-1)), []);
    assert.deepEqual(at(day(5), true), []);
  });

  it('objection-open: the 14 days to object, from the letter or from service', () => {
    assert.deepEqual(
      worklistReasons(candidate({ timeline: { namsmannNoticeDate: day(-14) } }), TODAY),
      [{ code: 'objection-open', due: day(0) }],
    );
    assert.deepEqual(codes(candidate({ timeline: { namsmannNoticeDate: day(-15) } })), []);
    // The deadline printed in the letter wins over the 14 days.
    assert.deepEqual(
      worklistReasons(
        candidate({ timeline: { namsmannNoticeDate: day(-20), objectionDeadline: day(2) } }),
        TODAY,
      ),
      [{ code: 'objection-open', due: day(2) }],
    );
    assert.deepEqual(
      codes(candidate({ timeline: { objectionDeadline: day(2), evictionHappened: true } })),
      [],
    );
  });

  it('objection-unknown: only NAV’s copy of the letter, no eviction date yet', () => {
    assert.deepEqual(
      worklistReasons(candidate({ timeline: { namsmannCopyDate: day(-3) } }), TODAY),
      [{ code: 'objection-unknown', due: day(-3) }],
    );
    assert.deepEqual(
      codes(candidate({ timeline: { namsmannCopyDate: day(-3), evictionDate: day(40) } })),
      [],
    );
  });

  it(`request-soon: notice + 14 days, from today to ${REQUEST_WITHIN_DAYS} days ahead`, () => {
    const at = (noticeDate: string) =>
      worklistReasons(candidate({ timeline: { noticeDate } }), TODAY);
    assert.deepEqual(at(day(-14)), [{ code: 'request-soon', due: day(0) }]);
    assert.deepEqual(at(day(-7)), [{ code: 'request-soon', due: day(7) }]);
    assert.deepEqual(at(day(-6)), []);
    assert.deepEqual(at(day(-15)), []);
    // The received date stands in for the sending date.
    assert.deepEqual(
      worklistReasons(candidate({ timeline: { noticeReceivedDate: day(-10) } }), TODAY),
      [{ code: 'request-soon', due: day(4) }],
    );
    // Once the request is known, the request is no longer ahead.
    assert.deepEqual(
      codes(candidate({ timeline: { noticeDate: day(-10), namsmannCopyDate: day(-1) } })),
      ['objection-unknown'],
    );
  });

  it('untaken: nobody is saksansvarlig, due since it was opened', () => {
    assert.deepEqual(worklistReasons(candidate({ coordinatorId: null }), TODAY), [
      { code: 'untaken', due: day(-30) },
    ]);
  });

  it('no-vedtak-or-plan: nivå 3–4 only, naming what is missing', () => {
    const missing = (more: Partial<WorklistCandidate>) =>
      worklistReasons(candidate(more), TODAY).find((r) => r.code === 'no-vedtak-or-plan');
    assert.deepEqual(missing({ level: 3 }), {
      code: 'no-vedtak-or-plan',
      due: null,
      missing: 'vedtak-and-plan',
    });
    assert.equal(missing({ level: 4, hasPlan: true })?.missing, 'vedtak');
    assert.equal(missing({ level: 3, hasVedtak: true })?.missing, 'plan');
    assert.equal(missing({ level: 3, hasPlan: true, hasVedtak: true }), undefined);
    assert.equal(missing({ level: 2 }), undefined);
  });

  it('measure-overdue and evaluation-overdue: past due, not due today', () => {
    assert.deepEqual(
      worklistReasons(
        candidate({ earliestOpenMeasureDeadline: day(-1), nextEvaluationDate: day(-2) }),
        TODAY,
      ),
      [
        { code: 'measure-overdue', due: day(-1) },
        { code: 'evaluation-overdue', due: day(-2) },
      ],
    );
    assert.deepEqual(
      codes(candidate({ earliestOpenMeasureDeadline: day(0), nextEvaluationDate: day(0) })),
      [],
    );
  });

  it(`never-contacted: ${CONTACT_WITHIN_DAYS} days after opening, no contact and no plan`, () => {
    const opened = (n: number, more: Partial<WorklistCandidate> = {}) =>
      worklistReasons(candidate({ openedOn: day(-n), firstContactOn: null, ...more }), TODAY);
    assert.deepEqual(opened(3), [{ code: 'never-contacted', due: day(0) }]);
    assert.deepEqual(opened(10), [{ code: 'never-contacted', due: day(-7) }]);
    assert.deepEqual(opened(2), []);
    assert.deepEqual(opened(10, { firstContactOn: day(-1) }), []);
    assert.deepEqual(opened(10, { hasPlan: true }), []);
  });

  it('lists every reason of a case, most pressing first', () => {
    assert.deepEqual(
      codes(
        candidate({
          coordinatorId: null,
          level: 4,
          firstContactOn: null,
          earliestOpenMeasureDeadline: day(-1),
          timeline: { acuteDate: day(0), evictionDate: day(3), namsmannNoticeDate: day(-5) },
        }),
      ),
      [
        'acute',
        'eviction-soon',
        'objection-open',
        'untaken',
        'no-vedtak-or-plan',
        'measure-overdue',
        'never-contacted',
      ],
    );
  });
});

describe('worklistRows', () => {
  it('leaves out cases with nothing due and sorts by legal deadline, acute first', () => {
    const rows = worklistRows(
      [
        candidate({ reference: '2026-0001' }),
        candidate({ reference: '2026-0002', coordinatorId: null, openedOn: day(-60) }),
        candidate({ reference: '2026-0003', timeline: { evictionDate: day(20) } }),
        candidate({ reference: '2026-0004', timeline: { noticeDate: day(-12) } }),
        candidate({ reference: '2026-0005', timeline: { acuteDate: day(-2) } }),
        candidate({ reference: '2026-0006', timeline: { namsmannCopyDate: day(-9) } }),
        candidate({ reference: '2026-0007', earliestOpenMeasureDeadline: day(-1) }),
        candidate({ reference: '2026-0008', level: 3 }),
        candidate({ reference: '2026-0009', timeline: { evictionDate: day(0) } }),
      ],
      TODAY,
    );
    assert.deepEqual(
      rows.map((r) => [r.reference, r.sortDate, r.hasLegalDeadline]),
      [
        // Without a roof tonight: today, and before a deadline already passed or due today.
        ['2026-0005', TODAY, true],
        ['2026-0006', day(-9), true],
        ['2026-0009', day(0), true],
        ['2026-0004', day(2), true],
        ['2026-0003', day(20), true],
        // Practice deadlines after every legal one, oldest first; undated last.
        ['2026-0002', day(-60), false],
        ['2026-0007', day(-1), false],
        ['2026-0008', null, false],
      ],
    );
    assert.equal(rows[0]?.caseId, 'id-2026-0005');
    assert.equal(rows[0]?.owningUnitName, 'NAV boligsosialt team');
  });

  it('sorts a case by its nearest legal deadline, not its other due dates', () => {
    const [row] = worklistRows(
      [
        candidate({
          coordinatorId: null,
          openedOn: day(-90),
          timeline: { evictionDate: day(10), namsmannNoticeDate: day(-10) },
        }),
      ],
      TODAY,
    );
    assert.equal(row?.sortDate, day(4));
    assert.equal(row?.hasLegalDeadline, true);
  });

  it('breaks a tie by reference', () => {
    const rows = worklistRows(
      [
        candidate({ reference: '2026-0012', timeline: { evictionDate: day(5) } }),
        candidate({ reference: '2026-0011', timeline: { evictionDate: day(5) } }),
      ],
      TODAY,
    );
    assert.deepEqual(
      rows.map((r) => r.reference),
      ['2026-0011', '2026-0012'],
    );
  });
});
