/**
 * The reminder checkpoints of a case: the table in docs/reminders.md, which a test holds equal to
 * this one. Every checkpoint counts from an anchor date in the case's timeline:
 *
 * - P   innfordring or the landlord unit reported the arrears (restansemelding)
 * - D   first missed rent (the due date)
 * - N   NAV got the landlord's notice under husleieloven § 9-11
 * - V   the tenant received the tvangsfullbyrdelsesloven § 4-18 notice
 * - R   the earliest day the landlord may request eviction: two weeks after the § 4-18 notice was
 *       sent (the date on it; the day it arrived when that is all that is known)
 * - B   the tenant was served the namsmann's letter (§ 13-6)
 * - Bnav NAV/the municipality got its copy of that letter, while the tenant's date is unknown
 * - O   the objection deadline: the one printed in the letter, else B + 14 days
 * - F   the eviction date; E the belongings deadline from the namsmann's second notice
 * - K   a time-limited lease ends
 * - S   the landlord's oppsigelse reached the tenant; Sp the protest deadline, one month later
 *
 * Basis: 'law' — the date is a legal deadline or a legal event; sent on its own day at any hour,
 * also on the working day before when it falls on a weekend or holiday, and to the owning unit's
 * channel as well. 'practice' — municipal practice, offsets configurable, working hours only,
 * moved back to a working day. 'info' — what may happen from that day, not a deadline for anyone
 * in the municipality; sent like a practice reminder, offset fixed.
 */
export type Anchor =
  'P' | 'D' | 'N' | 'V' | 'R' | 'B' | 'Bnav' | 'O' | 'F' | 'E' | 'K' | 'S' | 'Sp';
export const BASES = ['law', 'practice', 'info'] as const;
export type Basis = (typeof BASES)[number];

/** How an offset counts: calendar days, working days, or calendar months. */
type OffsetUnit = 'days' | 'workingDays' | 'months';

export interface CheckpointSpec {
  readonly id: CheckpointId;
  readonly anchor: Anchor;
  /** From the anchor, in `unit`s (the default, for practice checkpoints). */
  readonly offset: number;
  readonly unit: OffsetUnit;
  readonly basis: Basis;
  /** The legal deadline the checkpoint leads up to: an anchor's date plus days. */
  readonly legalDeadline: { readonly anchor: Anchor; readonly offset: number } | null;
  /** Stops once the whole arrears are paid (a paid claim ends the arrears route, not others). */
  readonly stopsWhenPaid: boolean;
  /** The law behind the date, or 'praksis' (docs/reminders.md shows it). */
  readonly source: string;
}

export const CHECKPOINT_IDS = [
  'P0',
  'P5',
  'D0',
  'D3',
  'D7',
  'D1M',
  'N0',
  'N10',
  'V0',
  'R-7',
  'R-2',
  'R0',
  'B0',
  'Bnav0',
  'O-4',
  'O0',
  'F-14',
  'F-7',
  'F-2',
  'F-1',
  'F0',
  'F14',
  'F28',
  'E0',
  'K-90',
  'K0',
  'K90',
  'S0',
  'Sp-7',
  'Sp0',
] as const;
export type CheckpointId = (typeof CHECKPOINT_IDS)[number];

/**
 * Planned when a case arrives late, in place of what was missed (see follow-up-plan.ts): the
 * arrears actions whose day passed before Husly knew, and a warning for an eviction date less
 * than 14 days ahead.
 */
export const CATCH_UP_IDS = ['D-catchup', 'F-soon'] as const;

const TVFBL_4_18 = 'tvangsfullbyrdelsesloven § 4-18';
const TVFBL_13_6 = 'tvangsfullbyrdelsesloven § 13-6';
const TVFBL_13_11 = 'tvangsfullbyrdelsesloven § 13-11';
const PRACTICE = 'praksis';

const cp = (
  id: CheckpointId,
  anchor: Anchor,
  offset: number,
  basis: Basis,
  source: string,
  more: Partial<Pick<CheckpointSpec, 'unit' | 'legalDeadline' | 'stopsWhenPaid'>> = {},
): CheckpointSpec => ({
  id,
  anchor,
  offset,
  unit: more.unit ?? 'days',
  basis,
  legalDeadline: more.legalDeadline ?? null,
  stopsWhenPaid: more.stopsWhenPaid ?? true,
  source,
});
const to = (anchor: Anchor, offset = 0) => ({ legalDeadline: { anchor, offset } });
const beyondPayment = { stopsWhenPaid: false } as const;

export const CHECKPOINTS: readonly CheckpointSpec[] = [
  // Innfordring/bolig reported arrears: contact or home visit; municipal landlord waits for it.
  cp('P0', 'P', 0, 'practice', PRACTICE),
  cp('P5', 'P', 5, 'practice', PRACTICE, { unit: 'workingDays' }),
  // A § 4-18 notice may be sent from the due date itself (Lovavdelingen).
  cp('D0', 'D', 0, 'info', TVFBL_4_18),
  cp('D3', 'D', 3, 'practice', PRACTICE),
  cp('D7', 'D', 7, 'practice', PRACTICE),
  // The second missed rent: the same day next month.
  cp('D1M', 'D', 1, 'practice', PRACTICE, { unit: 'months' }),
  // The landlord's notice to NAV; in practice the request comes about two weeks later.
  cp('N0', 'N', 0, 'practice', 'husleieloven § 9-11'),
  cp('N10', 'N', 10, 'practice', 'husleieloven § 9-11'),
  // The § 4-18 notice: apply for økonomisk stønad now; count down to the earliest request.
  cp('V0', 'V', 0, 'law', TVFBL_4_18, to('R')),
  cp('R-7', 'R', -7, 'practice', PRACTICE, to('R')),
  cp('R-2', 'R', -2, 'practice', PRACTICE, { unit: 'workingDays', ...to('R') }),
  cp('R0', 'R', 0, 'law', TVFBL_4_18, to('R')),
  // The namsmann's letter: 14 days to object from when the tenant was served it.
  cp('B0', 'B', 0, 'law', TVFBL_13_6, to('O')),
  cp('Bnav0', 'Bnav', 0, 'law', 'tvangsfullbyrdelsesloven § 13-6 tredje ledd'),
  cp('O-4', 'O', -4, 'practice', PRACTICE, to('O')),
  cp('O0', 'O', 0, 'law', TVFBL_13_6, to('O')),
  // The eviction date: paying the whole claim stops it until the lock is changed.
  cp('F-14', 'F', -14, 'practice', PRACTICE, { ...to('F'), ...beyondPayment }),
  cp('F-7', 'F', -7, 'practice', PRACTICE, { ...to('F'), ...beyondPayment }),
  cp('F-2', 'F', -2, 'practice', PRACTICE, { ...to('F'), ...beyondPayment }),
  cp('F-1', 'F', -1, 'practice', PRACTICE, { ...to('F'), ...beyondPayment }),
  cp('F0', 'F', 0, 'law', 'tvangsfullbyrdelsesloven § 13-2 og § 13-11', {
    ...to('F'),
    ...beyondPayment,
  }),
  // Belongings: a first deadline, then the one in the namsmann's second notice.
  // (After a payment only if the eviction is recorded as having happened all the same.)
  // Belongings: paying does not withdraw the request, so they stay until it is withdrawn.
  cp('F14', 'F', 14, 'law', TVFBL_13_11, { ...to('F', 14), ...beyondPayment }),
  cp('F28', 'F', 28, 'info', TVFBL_13_11, beyondPayment),
  cp('E0', 'E', 0, 'law', TVFBL_13_11, { ...to('E'), ...beyondPayment }),
  // A time-limited lease ending: paying changes nothing here.
  cp('K-90', 'K', -90, 'practice', PRACTICE, beyondPayment),
  cp('K0', 'K', 0, 'practice', 'husleieloven § 9-2', beyondPayment),
  cp('K90', 'K', 90, 'law', 'tvangsfullbyrdelsesloven § 13-2 (3) b', beyondPayment),
  // An oppsigelse: the tenant may protest in writing within one month.
  cp('S0', 'S', 0, 'law', 'husleieloven § 9-8', { ...to('Sp'), ...beyondPayment }),
  cp('Sp-7', 'Sp', -7, 'practice', PRACTICE, { ...to('Sp'), ...beyondPayment }),
  cp('Sp0', 'Sp', 0, 'law', 'husleieloven § 9-8', { ...to('Sp'), ...beyondPayment }),
];

/** Municipal settings for reminders; everything has the domain brief's value as default. */
export interface ReminderSettings {
  /** Overrides of practice offsets, e.g. { D3: 2 }. Legal and info offsets cannot be changed. */
  readonly practiceOffsets: Partial<Record<CheckpointId, number>>;
  /** Practice reminders go out only between these local times on working days. */
  readonly quietHours: { readonly start: string; readonly end: string };
  /** Working days before a measure's deadline to remind. */
  readonly measureLeadWorkingDays: number;
  /** Days before an evaluation to remind. */
  readonly evaluationLeadDays: number;
  /** Working days after an overdue measure went to the coordinator before it goes to the leader. */
  readonly escalateToLeaderAfterWorkingDays: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  practiceOffsets: {},
  quietHours: { start: '07:30', end: '16:00' },
  measureLeadWorkingDays: 3,
  evaluationLeadDays: 7,
  escalateToLeaderAfterWorkingDays: 5,
};
