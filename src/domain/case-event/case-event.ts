import type { CheckpointId } from '../reminder/checkpoints.ts';
import { CHECKPOINTS } from '../reminder/checkpoints.ts';

/**
 * Outcome events on a case: what was done and decided (domain review §6 point 2), each with
 * who and when. They drive the stop rules of the reminder plan (the table `EVENT_RULES`, which
 * docs/reminders.md shows and a test holds equal) and later the statistics. Stored codes are
 * Norwegian: they name the steps staff know by those words.
 *
 * - kontakt-opprettet      first contact with the resident established, dated the contact day
 *                          (the worklist's "never contacted", the overview's time to contact)
 * - stonad-sokt            application for økonomisk stønad (sosialtjenesteloven §§ 18–19) sent
 * - stonad-vedtak          the application decided: innvilget or avslått, optional amount
 * - stonad-utbetalt        stønad paid to the landlord, optional amount; counts as the arrears
 *                          paid when it covers the whole arrears
 * - nedbetalingsavtale     a payment agreement with the landlord
 * - begjaering-trukket     the landlord withdrew the request for eviction
 * - utsettelse-avtalt      a postponement agreed (only the landlord can agree to one)
 * - ny-utkastelsesdato     a new eviction date (moves the case's F)
 * - innsigelse-sendt       an objection sent to the namsmann
 * - midlertidig-botilbud   temporary accommodation from a date
 * - bolig-sikret           housing secured
 */
export const CASE_EVENT_TYPES = [
  'kontakt-opprettet',
  'stonad-sokt',
  'stonad-vedtak',
  'stonad-utbetalt',
  'nedbetalingsavtale',
  'begjaering-trukket',
  'utsettelse-avtalt',
  'ny-utkastelsesdato',
  'innsigelse-sendt',
  'midlertidig-botilbud',
  'bolig-sikret',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export const STONAD_DECISIONS = ['innvilget', 'avslatt'] as const;
export type StonadDecision = (typeof STONAD_DECISIONS)[number];

export const isCaseEventType = (value: string): value is CaseEventType =>
  (CASE_EVENT_TYPES as readonly string[]).includes(value);
export const isStonadDecision = (value: string): value is StonadDecision =>
  (STONAD_DECISIONS as readonly string[]).includes(value);

export interface CaseEvent {
  readonly id: string;
  readonly caseId: string;
  readonly type: CaseEventType;
  /**
   * 'YYYY-MM-DD' the step was taken: the day it was recorded, or for an event whose value is
   * 'day' (kontakt-opprettet) the day given.
   */
  readonly occurredOn: string;
  /** stonad-vedtak: granted or refused. */
  readonly decision: StonadDecision | null;
  /** stonad-vedtak, stonad-utbetalt: kroner, when given. */
  readonly amountNok: number | null;
  /** stonad-utbetalt: the payment covers the whole arrears. */
  readonly coversArrears: boolean | null;
  /** ny-utkastelsesdato: the new date; midlertidig-botilbud: the date it starts. */
  readonly dateValue: string | null;
  readonly recordedById: string;
  readonly recordedAt: Date;
}

export type NewCaseEvent = Omit<CaseEvent, 'id'>;

export interface CaseEventRepository {
  add(event: NewCaseEvent): Promise<CaseEvent>;
  /** The case's events, oldest first. */
  listForCase(caseId: string): Promise<CaseEvent[]>;
}

/**
 * What an event needs besides the press of a button: none, a decision, an amount, a date it
 * carries ('date', e.g. a new eviction date), or the day it happened ('day': today or earlier,
 * and the event is dated by it rather than by the day it was recorded).
 */
type EventValue = 'none' | 'decision' | 'payment' | 'date' | 'day';

/** Which later report starts the routes an event stopped again. */
type RenewedBy = 'arrears' | 'namsmann' | 'any-concern';

export interface EventRule {
  readonly type: CaseEventType;
  readonly value: EventValue;
  /**
   * Counts as "Restansen er betalt": the checkpoints marked "stops when paid" stop. 'covers':
   * only when the payment covers the whole arrears.
   */
  readonly paid: boolean | 'covers';
  /** Checkpoints (and catch-up reminders) it stops besides. */
  readonly stops: readonly StoppableKind[];
  /** The timeline anchor it sets from its date. */
  readonly sets: 'evictionDate' | 'temporaryAccommodationSince' | null;
  /** A later concern of this kind starts what it stopped again (null: nothing is stopped). */
  readonly renewedBy: RenewedBy | null;
}

type StoppableKind = CheckpointId | 'D-catchup' | 'F-soon';

const ids = (anchors: readonly string[], keep: (offset: number) => boolean = () => true) =>
  CHECKPOINTS.filter((c) => anchors.includes(c.anchor) && keep(c.offset)).map((c) => c.id);

/** The namsmann's letter and the objection deadline. */
const OBJECTION: readonly StoppableKind[] = ids(['B', 'Bnav', 'O']);
/**
 * The practice reminders of the arrears route (contact, bostøtte, søknad, "is there an
 * agreement?"): a payment agreement or a secured home answers them. Legal and information
 * checkpoints stay: an agreement is not payment, and the landlord may still file.
 */
const ARREARS_PRACTICE: readonly StoppableKind[] = [
  ...CHECKPOINTS.filter(
    (c) => ['P', 'D', 'N', 'R'].includes(c.anchor) && c.basis === 'practice',
  ).map((c) => c.id),
  'D-catchup',
];
/**
 * The checkpoints whose whole purpose is to get contact with the person: "Forsøk å få kontakt i
 * dag" (P0) and "Er det oppnådd kontakt?" (P5) after innfordring or the landlord unit reported
 * arrears. A recorded first contact answers both. D3 and N0 also say "kontakt", but ask for
 * more (bostøtte, søknad, the landlord's notice): they stay.
 */
const CONTACT: readonly StoppableKind[] = ['P0', 'P5'];
/** The practice warnings before an eviction date (F0 and the belongings deadlines are law). */
const EVICTION_PRACTICE: readonly StoppableKind[] = ids(['F'], (offset) => offset < 0).filter(
  (id) => CHECKPOINTS.find((c) => c.id === id)?.basis === 'practice',
);
/** The eviction date and the deadlines for belongings after it. */
const EVICTION: readonly StoppableKind[] = [...ids(['F', 'E']), 'F-soon'];

const rule = (type: CaseEventType, more: Partial<Omit<EventRule, 'type'>> = {}): EventRule => ({
  type,
  value: more.value ?? 'none',
  paid: more.paid ?? false,
  stops: more.stops ?? [],
  sets: more.sets ?? null,
  renewedBy: more.renewedBy ?? null,
});

/**
 * The stop rule of each event. Paying (the existing "Restansen er betalt", or stønad paid to
 * the landlord covering the arrears) stops the arrears route but not the eviction date or the
 * belongings deadlines: only the landlord withdraws the request. A payment agreement or a
 * secured home stops only practice reminders: no legal deadline is silenced by an event that
 * does not end the legal process (an agreement is not payment; a new home does not stop an
 * eviction, and belongings must still be fetched). A withdrawn request stops the eviction date
 * and the namsmann's letter. A first contact stops only the two practice reminders that ask for
 * contact (P0, P5), until new arrears are reported.
 */
export const EVENT_RULES: readonly EventRule[] = [
  rule('kontakt-opprettet', { value: 'day', stops: CONTACT, renewedBy: 'arrears' }),
  rule('stonad-sokt'),
  rule('stonad-vedtak', { value: 'decision' }),
  rule('stonad-utbetalt', { value: 'payment', paid: 'covers', renewedBy: 'arrears' }),
  rule('nedbetalingsavtale', { stops: ARREARS_PRACTICE, renewedBy: 'arrears' }),
  rule('begjaering-trukket', { stops: [...OBJECTION, ...EVICTION], renewedBy: 'namsmann' }),
  rule('utsettelse-avtalt'),
  rule('ny-utkastelsesdato', { value: 'date', sets: 'evictionDate' }),
  rule('innsigelse-sendt', {
    stops: OBJECTION.filter((id) => id !== 'B0'),
    renewedBy: 'namsmann',
  }),
  rule('midlertidig-botilbud', { value: 'date', sets: 'temporaryAccommodationSince' }),
  rule('bolig-sikret', {
    stops: [...ARREARS_PRACTICE, ...EVICTION_PRACTICE],
    renewedBy: 'any-concern',
  }),
];

export function eventRule(type: CaseEventType): EventRule {
  const found = EVENT_RULES.find((r) => r.type === type);
  if (!found) throw new Error('unknown event type');
  return found;
}

/** The event ends the arrears route as "Restansen er betalt" does. */
export function countsAsPaid(event: Pick<CaseEvent, 'type' | 'coversArrears'>): boolean {
  const { paid } = eventRule(event.type);
  return paid === true || (paid === 'covers' && event.coversArrears === true);
}

/** A concern reported on the case, as far as the stop rules ask about it. */
export interface ReportedLater {
  readonly createdAt: Date;
  readonly rentArrears: boolean;
  /** It names the namsmann's letter or an eviction date. */
  readonly namsmann: boolean;
}

/** What the case's events stop now: `paid` (the arrears route) and further checkpoints. */
export interface EventStops {
  readonly paid: boolean;
  readonly stopped: ReadonlySet<string>;
}

/**
 * The stops in force: an event's stops hold until a concern reported after it brings the
 * matter back (new arrears start the arrears route again, as they clear "Restansen er betalt";
 * a new namsmann letter or eviction date starts the eviction route; anything reported after
 * "bolig sikret" starts the follow-up again). A new eviction date recorded after a withdrawal
 * starts the eviction warnings again too.
 */
export function eventStops(
  events: readonly CaseEvent[],
  concerns: readonly ReportedLater[],
): EventStops {
  let paid = false;
  const stopped = new Set<string>();
  for (const event of events) {
    const r = eventRule(event.type);
    if (!r.renewedBy) continue;
    const after = concerns.filter((c) => c.createdAt > event.recordedAt);
    const renewed =
      r.renewedBy === 'any-concern'
        ? after.length > 0
        : r.renewedBy === 'arrears'
          ? after.some((c) => c.rentArrears)
          : after.some((c) => c.namsmann) ||
            (event.type === 'begjaering-trukket' &&
              events.some(
                (e) => e.type === 'ny-utkastelsesdato' && e.recordedAt > event.recordedAt,
              ));
    if (renewed) continue;
    if (countsAsPaid(event)) paid = true;
    for (const id of r.stops) stopped.add(id);
  }
  return { paid, stopped };
}

/** "Restansen er betalt", offered beside the events where it ends the route. */
export const ARREARS_PAID = 'betalt' as const;
export type OfferedOutcome = CaseEventType | typeof ARREARS_PAID;

const ARREARS_OUTCOMES: readonly OfferedOutcome[] = [
  'stonad-sokt',
  'nedbetalingsavtale',
  ARREARS_PAID,
];
/** The checkpoints that ask for contact with the person offer to record it first. */
const CONTACT_OUTCOMES: readonly OfferedOutcome[] = ['kontakt-opprettet', ...ARREARS_OUTCOMES];
const NOTICE_OUTCOMES: readonly OfferedOutcome[] = [
  'stonad-sokt',
  'stonad-vedtak',
  'stonad-utbetalt',
  'nedbetalingsavtale',
  ARREARS_PAID,
];
const OBJECTION_OUTCOMES: readonly OfferedOutcome[] = [
  'innsigelse-sendt',
  'stonad-utbetalt',
  ARREARS_PAID,
  'begjaering-trukket',
];
const EVICTION_OUTCOMES: readonly OfferedOutcome[] = [
  'begjaering-trukket',
  'utsettelse-avtalt',
  'ny-utkastelsesdato',
  'midlertidig-botilbud',
];
const AFTER_EVICTION_OUTCOMES: readonly OfferedOutcome[] = ['midlertidig-botilbud', 'bolig-sikret'];
const LEASE_OUTCOMES: readonly OfferedOutcome[] = ['bolig-sikret'];

/**
 * What "Utført" on a reminder offers to record in one tap, by checkpoint: the steps that
 * checkpoint asks for. Reminders about a målplan, an untaken case or staff offer nothing.
 */
const CHECKPOINT_OUTCOMES: Readonly<Partial<Record<StoppableKind, readonly OfferedOutcome[]>>> = {
  P0: CONTACT_OUTCOMES,
  P5: CONTACT_OUTCOMES,
  D0: ARREARS_OUTCOMES,
  D3: CONTACT_OUTCOMES,
  D7: ARREARS_OUTCOMES,
  D1M: ARREARS_OUTCOMES,
  'D-catchup': ARREARS_OUTCOMES,
  N0: CONTACT_OUTCOMES,
  N10: ARREARS_OUTCOMES,
  V0: NOTICE_OUTCOMES,
  'R-7': NOTICE_OUTCOMES,
  'R-2': NOTICE_OUTCOMES,
  R0: NOTICE_OUTCOMES,
  B0: OBJECTION_OUTCOMES,
  Bnav0: OBJECTION_OUTCOMES,
  'O-4': OBJECTION_OUTCOMES,
  O0: OBJECTION_OUTCOMES,
  'F-14': EVICTION_OUTCOMES,
  'F-7': EVICTION_OUTCOMES,
  'F-2': EVICTION_OUTCOMES,
  'F-1': EVICTION_OUTCOMES,
  F0: EVICTION_OUTCOMES,
  'F-soon': EVICTION_OUTCOMES,
  F14: AFTER_EVICTION_OUTCOMES,
  F28: AFTER_EVICTION_OUTCOMES,
  E0: AFTER_EVICTION_OUTCOMES,
  'K-90': LEASE_OUTCOMES,
  K0: LEASE_OUTCOMES,
  K90: LEASE_OUTCOMES,
  S0: LEASE_OUTCOMES,
  'Sp-7': LEASE_OUTCOMES,
  Sp0: LEASE_OUTCOMES,
};

export function outcomesFor(kind: string): readonly OfferedOutcome[] {
  return Object.hasOwn(CHECKPOINT_OUTCOMES, kind)
    ? (CHECKPOINT_OUTCOMES[kind as StoppableKind] ?? [])
    : [];
}

/** Every outcome, as the command "hendelse 2026-0004" offers them. */
export const ALL_OUTCOMES = [...CASE_EVENT_TYPES, ARREARS_PAID] as const;
