import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_TIMELINE, type EvictionTimeline } from '../../../../src/domain/case/case.ts';
import {
  ARREARS_PAID,
  CASE_EVENT_TYPES,
  eventStops,
  outcomesFor,
  type CaseEvent,
  type CaseEventType,
  type ReportedLater,
} from '../../../../src/domain/case-event/case-event.ts';
import {
  CHECKPOINT_IDS,
  CHECKPOINTS,
  DEFAULT_REMINDER_SETTINGS,
} from '../../../../src/domain/reminder/checkpoints.ts';
import { evictionFollowUp } from '../../../../src/domain/reminder/follow-up-plan.ts';

/**
 * A case with every route: arrears, § 9-11 notice, § 4-18 notice, namsmann, F, lease end and
 * oppsigelse.
 */
const EVERYTHING: EvictionTimeline = {
  ...EMPTY_TIMELINE,
  arrearsReportedDate: '2027-01-04',
  firstMissedRentDate: '2027-01-05',
  landlordNoticeDate: '2027-01-20',
  noticeDate: '2027-02-01',
  noticeReceivedDate: '2027-02-02',
  namsmannNoticeDate: '2027-03-01',
  evictionDate: '2027-04-20',
  leaseEndDate: '2027-09-30',
  terminationDate: '2027-05-03',
};
const RECORDED = new Date('2027-01-10T10:00:00Z');
const event = (type: CaseEventType, more: Partial<CaseEvent> = {}): CaseEvent => ({
  id: `e-${type}`,
  caseId: 'c1',
  type,
  occurredOn: '2027-01-10',
  decision: null,
  amountNok: null,
  coversArrears: null,
  dateValue: null,
  recordedById: 's1',
  recordedAt: RECORDED,
  ...more,
});

/** The checkpoint kinds planned for the case (every day, from the start). */
function planned(
  events: readonly CaseEvent[],
  concerns: readonly ReportedLater[] = [],
  timeline = EVERYTHING,
  arrearsPaid = false,
): Set<string> {
  const stops = eventStops(events, concerns);
  return new Set(
    evictionFollowUp(
      {
        caseId: 'c1',
        timeline,
        arrearsPaid: arrearsPaid || stops.paid,
        closed: false,
        stopped: stops.stopped,
        knownSince: { D: '2027-01-15', F: '2027-04-12' },
      },
      DEFAULT_REMINDER_SETTINGS,
      '0000-01-01',
      'Europe/Oslo',
    ).map((r) => r.kind),
  );
}
const stoppedBy = (events: readonly CaseEvent[], concerns: readonly ReportedLater[] = []) => {
  const after = planned(events, concerns);
  return [...planned([])].filter((k) => !after.has(k)).sort();
};

const ARREARS_ROUTE = [
  'B0',
  'D-catchup',
  'D0',
  'D1M',
  'D3',
  'D7',
  'N0',
  'N10',
  'O-4',
  'O0',
  'P0',
  'P5',
  'R-2',
  'R-7',
  'R0',
  'V0',
];
const BELONGINGS = ['F14', 'F28'];
/** The practice reminders a payment agreement or a secured home answers. */
const ARREARS_PRACTICE = ['D-catchup', 'D1M', 'D3', 'D7', 'N0', 'N10', 'P0', 'P5', 'R-2', 'R-7'];
const EVICTION_PRACTICE = ['F-1', 'F-14', 'F-2', 'F-7'];
const EVICTION_WARNINGS = ['F-1', 'F-14', 'F-2', 'F-7', 'F0', 'F-soon'];
const sorted = (...lists: string[][]) => lists.flat().sort();

describe('outcome events: the stop rules in the reminder plan', () => {
  it('the baseline plans every route (so each row below proves something)', () => {
    const all = planned([]);
    for (const kind of [...ARREARS_ROUTE, ...BELONGINGS, ...EVICTION_WARNINGS, 'K0', 'S0', 'Sp0'])
      assert.ok(all.has(kind), kind);
  });

  // Each event, and exactly the checkpoints that are no longer planned after it.
  const TABLE: [string, CaseEvent[], string[]][] = [
    [
      'a first contact stops only the reminders that ask for contact (P0, P5)',
      [event('kontakt-opprettet', { occurredOn: '2027-01-08' })],
      ['P0', 'P5'],
    ],
    ['søknad sendt stops nothing', [event('stonad-sokt')], []],
    [
      'a granted vedtak stops nothing (not yet paid)',
      [event('stonad-vedtak', { decision: 'innvilget', amountNok: 12000 })],
      [],
    ],
    [
      'stønad paid to the landlord, not covering the arrears, stops nothing',
      [event('stonad-utbetalt', { coversArrears: false })],
      [],
    ],
    [
      'stønad paid covering the arrears stops the arrears route; F and belongings stay',
      [event('stonad-utbetalt', { coversArrears: true })],
      sorted(ARREARS_ROUTE),
    ],
    [
      'a payment agreement stops only practice reminders: no legal deadline goes quiet',
      [event('nedbetalingsavtale')],
      sorted(ARREARS_PRACTICE),
    ],
    [
      'a withdrawn request stops F and the namsmann letter (B/O), not the arrears',
      [event('begjaering-trukket')],
      sorted(['B0', 'O-4', 'O0'], BELONGINGS, EVICTION_WARNINGS),
    ],
    ['a postponement alone stops nothing', [event('utsettelse-avtalt')], []],
    [
      'a new eviction date stops nothing (it moves F: see the service test)',
      [event('ny-utkastelsesdato', { dateValue: '2027-05-01' })],
      [],
    ],
    ['an objection sent stops the objection deadline', [event('innsigelse-sendt')], ['O-4', 'O0']],
    [
      'temporary accommodation stops nothing',
      [event('midlertidig-botilbud', { dateValue: '2027-01-10' })],
      [],
    ],
    [
      'housing secured stops practice reminders; V0, R0, B0, O0, F0 and belongings stay',
      [event('bolig-sikret')],
      sorted(ARREARS_PRACTICE, EVICTION_PRACTICE),
    ],
    [
      'payment then withdrawal: nothing of the arrears or the eviction is left',
      [event('stonad-utbetalt', { coversArrears: true }), event('begjaering-trukket')],
      sorted(ARREARS_ROUTE, BELONGINGS, EVICTION_WARNINGS),
    ],
  ];
  for (const [name, events, stopped] of TABLE)
    it(name, () => assert.deepEqual(stoppedBy(events), stopped));

  it('every event type is in the table above', () => {
    const covered = new Set(TABLE.flatMap(([, events]) => events.map((e) => e.type)));
    assert.deepEqual([...covered].sort(), [...CASE_EVENT_TYPES].sort());
  });

  it('"Restansen er betalt" and a payment event stop the same checkpoints', () => {
    assert.deepEqual(
      [...planned([], [], EVERYTHING, true)].sort(),
      [...planned([event('stonad-utbetalt', { coversArrears: true })])].sort(),
    );
  });

  it('the objection rule covers the uncertain deadline (only NAV’s copy known)', () => {
    const copyOnly = { ...EVERYTHING, namsmannNoticeDate: null, namsmannCopyDate: '2027-03-03' };
    assert.ok(planned([], [], copyOnly).has('Bnav0'));
    assert.ok(!planned([event('innsigelse-sendt')], [], copyOnly).has('Bnav0'));
  });

  it('the belongings deadlines stay once the eviction happened, whatever was recorded', () => {
    const evicted = { ...EVERYTHING, evictionHappened: true };
    const kinds = planned([event('begjaering-trukket'), event('bolig-sikret')], [], evicted);
    assert.ok(kinds.has('F14') && kinds.has('F28'));
  });

  it('a later report brings a stopped route back; an earlier one does not', () => {
    const later = (more: Partial<ReportedLater>): ReportedLater => ({
      createdAt: new Date(RECORDED.getTime() + 60_000),
      rentArrears: false,
      namsmann: false,
      ...more,
    });
    const earlier = { ...later({ rentArrears: true }), createdAt: new Date('2027-01-01') };
    const agreement = [event('stonad-utbetalt', { coversArrears: true })];
    assert.equal(eventStops(agreement, [earlier]).paid, true);
    assert.equal(eventStops(agreement, [later({ namsmann: true })]).paid, true);
    assert.equal(eventStops(agreement, [later({ rentArrears: true })]).paid, false);
    const withdrawn = [event('begjaering-trukket')];
    assert.ok(eventStops(withdrawn, [later({ rentArrears: true })]).stopped.has('F0'));
    assert.ok(!eventStops(withdrawn, [later({ namsmann: true })]).stopped.has('F0'));
    const moved = [
      ...withdrawn,
      event('ny-utkastelsesdato', { recordedAt: new Date(RECORDED.getTime() + 1000) }),
    ];
    assert.equal(eventStops(moved, []).stopped.size, 0, 'a new date after a withdrawal');
    assert.equal(eventStops([event('bolig-sikret')], [later({})]).paid, false);
    const contact = [event('kontakt-opprettet')];
    assert.ok(eventStops(contact, [later({ namsmann: true })]).stopped.has('P5'));
    assert.equal(
      eventStops(contact, [later({ rentArrears: true })]).stopped.size,
      0,
      'new arrears',
    );
  });
});

describe('"Utført" offers the events of its checkpoint', () => {
  const MAPPING: [string, string[]][] = [
    ['P0', ['kontakt-opprettet', 'stonad-sokt', 'nedbetalingsavtale', ARREARS_PAID]],
    ['P5', ['kontakt-opprettet', 'stonad-sokt', 'nedbetalingsavtale', ARREARS_PAID]],
    ['N0', ['kontakt-opprettet', 'stonad-sokt', 'nedbetalingsavtale', ARREARS_PAID]],
    ['D7', ['stonad-sokt', 'nedbetalingsavtale', ARREARS_PAID]],
    ['D-catchup', ['stonad-sokt', 'nedbetalingsavtale', ARREARS_PAID]],
    [
      'R-7',
      ['stonad-sokt', 'stonad-vedtak', 'stonad-utbetalt', 'nedbetalingsavtale', ARREARS_PAID],
    ],
    ['V0', ['stonad-sokt', 'stonad-vedtak', 'stonad-utbetalt', 'nedbetalingsavtale', ARREARS_PAID]],
    ['O-4', ['innsigelse-sendt', 'stonad-utbetalt', ARREARS_PAID, 'begjaering-trukket']],
    ['B0', ['innsigelse-sendt', 'stonad-utbetalt', ARREARS_PAID, 'begjaering-trukket']],
    [
      'F-7',
      ['begjaering-trukket', 'utsettelse-avtalt', 'ny-utkastelsesdato', 'midlertidig-botilbud'],
    ],
    [
      'F-soon',
      ['begjaering-trukket', 'utsettelse-avtalt', 'ny-utkastelsesdato', 'midlertidig-botilbud'],
    ],
    ['F14', ['midlertidig-botilbud', 'bolig-sikret']],
    ['K0', ['bolig-sikret']],
    ['Sp-7', ['bolig-sikret']],
    ['measure.due', []],
    ['case.untaken', []],
    ['constructor', []],
    ['__proto__', []],
  ];
  for (const [kind, outcomes] of MAPPING)
    it(`${kind} → ${outcomes.join(', ') || 'nothing'}`, () =>
      assert.deepEqual(outcomesFor(kind), outcomes));

  it('every checkpoint offers something; "Restansen er betalt" only where paying stops it', () => {
    for (const id of CHECKPOINT_IDS) assert.ok(outcomesFor(id).length > 0, id);
    for (const c of CHECKPOINTS)
      if (outcomesFor(c.id).includes(ARREARS_PAID)) assert.ok(c.stopsWhenPaid, c.id);
  });
});
