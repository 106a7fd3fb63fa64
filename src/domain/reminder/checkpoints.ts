/**
 * The reminder checkpoints of an eviction case (domain brief §1). Anchors: D = first missed
 * rent, V = § 4-18 notice received, Vsent = the day the notice was sent (the date on it; the
 * 14 days run from there, tvangsfullbyrdelsesloven § 4-18 as Lovavdelingen reads it), B = the
 * namsmann's notice received, F = eviction date.
 * Legal offsets are fixed by law; practice offsets are municipal practice and configurable.
 */
export type Anchor = 'D' | 'V' | 'Vsent' | 'B' | 'F';
export const BASES = ['law', 'practice'] as const;
export type Basis = (typeof BASES)[number];

export interface CheckpointSpec {
  readonly id: CheckpointId;
  readonly anchor: Anchor;
  /** Days from the anchor (the default, for practice checkpoints). */
  readonly offset: number;
  readonly basis: Basis;
  /** The legal deadline the checkpoint leads up to, if any. */
  readonly legalDeadline: { readonly anchor: Anchor; readonly offset: number } | null;
}

export const CHECKPOINT_IDS = [
  'D1',
  'D3',
  'D7',
  'D30',
  'V0',
  'V7',
  'V12',
  'V14',
  'B0',
  'B10',
  'B14',
  'F-14',
  'F-7',
  'F-2',
  'F0',
  'F14',
  'F28',
] as const;
export type CheckpointId = (typeof CHECKPOINT_IDS)[number];

const request = { anchor: 'Vsent', offset: 14 } as const;
const objection = { anchor: 'B', offset: 14 } as const;
const eviction = { anchor: 'F', offset: 0 } as const;

export const CHECKPOINTS: readonly CheckpointSpec[] = [
  // § 4-18 notice may now be sent
  { id: 'D1', anchor: 'D', offset: 1, basis: 'law', legalDeadline: null },
  // contact; bostøtte, income, trekk
  { id: 'D3', anchor: 'D', offset: 3, basis: 'practice', legalDeadline: null },
  // NAV contact, rådgivning, payment plan
  { id: 'D7', anchor: 'D', offset: 7, basis: 'practice', legalDeadline: null },
  // next rent due; escalate level
  { id: 'D30', anchor: 'D', offset: 30, basis: 'practice', legalDeadline: null },
  // 14-day clock starts
  { id: 'V0', anchor: 'V', offset: 0, basis: 'law', legalDeadline: request },
  // § 18/19 application or payment plan?
  { id: 'V7', anchor: 'V', offset: 7, basis: 'practice', legalDeadline: request },
  // last working days; escalate
  { id: 'V12', anchor: 'V', offset: 12, basis: 'practice', legalDeadline: request },
  // earliest lawful request
  { id: 'V14', anchor: 'Vsent', offset: 14, basis: 'law', legalDeadline: request },
  // objection window opens
  { id: 'B0', anchor: 'B', offset: 0, basis: 'law', legalDeadline: objection },
  // decide on objection or payment
  { id: 'B10', anchor: 'B', offset: 10, basis: 'practice', legalDeadline: objection },
  // window closes
  { id: 'B14', anchor: 'B', offset: 14, basis: 'law', legalDeadline: objection },
  // payment/moving; midlertidig botilbud
  { id: 'F-14', anchor: 'F', offset: -14, basis: 'practice', legalDeadline: eviction },
  { id: 'F-7', anchor: 'F', offset: -7, basis: 'practice', legalDeadline: eviction },
  { id: 'F-2', anchor: 'F', offset: -2, basis: 'practice', legalDeadline: eviction },
  // payment no longer helps; § 27
  { id: 'F0', anchor: 'F', offset: 0, basis: 'law', legalDeadline: eviction },
  // belongings
  { id: 'F14', anchor: 'F', offset: 14, basis: 'law', legalDeadline: { anchor: 'F', offset: 14 } },
  // belongings
  { id: 'F28', anchor: 'F', offset: 28, basis: 'law', legalDeadline: { anchor: 'F', offset: 28 } },
];

/** Municipal settings for reminders; everything has the domain brief's value as default. */
export interface ReminderSettings {
  /** Overrides of practice offsets, e.g. { D3: 2 }. Legal offsets cannot be changed. */
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
