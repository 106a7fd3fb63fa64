import type { CaseLevel, CaseRecord, Category, Subcategory } from '../case/case.ts';
import type { ConcernType } from '../concern/concern.ts';
import type { Worklist } from '../overview/worklist.service.ts';
import type { SendFailure } from '../reminder/delivery-policy.ts';

/**
 * What Husly tells people proactively. Plain data: the bot edge renders each kind as a card.
 * Which kinds may carry personal data is part of the type: channel notices carry none.
 */
export type Notice =
  /** To the owning unit's channel: reference, category, level and deadline only. */
  | {
      readonly kind: 'case.forUnit';
      readonly caseId: string;
      readonly reference: string;
      readonly category: Category;
      readonly subcategory: Subcategory;
      readonly level: CaseLevel;
      readonly deadline: string | null;
      readonly coordinatorName: string | null;
      readonly isNewCase: boolean;
    }
  /** To the coordinator personally: the facts of the concern (never its free text). */
  | {
      readonly kind: 'case.forCoordinator';
      readonly caseId: string;
      readonly reference: string;
      readonly residentName: string;
      readonly maskedId: string | null;
      readonly concernTypes: readonly ConcernType[];
      readonly reporterUnitName: string;
      readonly deadline: string | null;
      readonly level: CaseLevel;
    }
  /**
   * To other units already involved with the resident:
   * the reference and what kind of thing happened.
   */
  | {
      readonly kind: 'case.involvedAlert';
      readonly reference: string;
      readonly concernTypes: readonly ConcernType[];
      readonly owningUnitName: string;
      readonly deadline: string | null;
    }
  /** To the previous and the new owner after a hand-over. */
  | {
      readonly kind: 'case.handedOver';
      readonly reference: string;
      readonly fromUnitName: string;
      readonly toUnitName: string;
      readonly toCoordinatorName: string | null;
      readonly byName: string;
    }
  /** To the asker's leaders: person lookups were stopped for an hour (staff names only). */
  | {
      readonly kind: 'lookup.throttled';
      readonly staffName: string;
      readonly unitName: string;
      readonly limit: number;
    }
  /**
   * To the owning unit's leaders personally: someone opened the case with break-glass. The
   * justification is case content: it goes to leaders in personal chat, never to a channel.
   */
  | {
      readonly kind: 'case.breakGlass';
      readonly reference: string;
      readonly byName: string;
      readonly byUnitName: string;
      /** Null when sent to the unit's channel (no leader reachable): the reason is case content. */
      readonly justification: string | null;
      readonly until: Date;
    }
  /**
   * "Uten tak over hodet i natt" (sosialtjenesteloven § 27): to the owning unit's channel and,
   * at once, to each of its leaders. The reference, the owning unit and who has taken it:
   * nothing about the person or what happened.
   */
  | {
      readonly kind: 'case.acute';
      readonly caseId: string;
      readonly reference: string;
      readonly owningUnitName: string;
      readonly coordinatorName: string | null;
    }
  /**
   * To the unit that has a person's living målplan (its channel): the person has a new case with
   * another unit, and the plan stayed where it is. References and units only; moving the plan is
   * the unit's decision, made with the resident.
   */
  | {
      readonly kind: 'plan.newCaseElsewhere';
      readonly planReference: string;
      readonly newReference: string;
      readonly newOwningUnitName: string;
    }
  /** To a unit the owner gave access to a case (its channel: reference and who granted only). */
  | {
      readonly kind: 'case.accessGranted';
      readonly reference: string;
      readonly owningUnitName: string;
      readonly byName: string;
    }
  /**
   * To the receiving unit (its channel, and its leaders personally): the owner proposes to hand
   * the case over; staff there accept or decline. Reference, units and staff names only: `note`
   * is case content, null in a channel.
   */
  | {
      readonly kind: 'case.handOverProposed';
      readonly proposalId: string;
      readonly reference: string;
      readonly fromUnitName: string;
      readonly toUnitName: string;
      readonly coordinatorName: string | null;
      readonly byName: string;
      readonly note: string | null;
    }
  /**
   * To the tildeling team (its channel and leaders): the case was set to nivå 2 or higher; keep
   * it with its owner or take it over? Reference, level and units only.
   */
  | {
      readonly kind: 'case.levelReview';
      readonly proposalId: string;
      readonly reference: string;
      readonly level: CaseLevel;
      readonly owningUnitName: string;
      readonly tildelingUnitName: string;
    }
  /**
   * The answer to a proposal or a level review: to the proposer personally and to the owning
   * unit's channel. `reason` (why it was declined) is case content, null in a channel.
   */
  | {
      readonly kind: 'case.handOverAnswered';
      readonly reference: string;
      readonly proposalKind: 'handover' | 'level-review';
      readonly outcome: 'accepted' | 'declined';
      readonly fromUnitName: string;
      readonly toUnitName: string;
      readonly byName: string;
      readonly reason: string | null;
    }
  /**
   * The weekly worklist in a unit's channel (issue 12 §1): for each case the reference, the
   * owning unit and what is due when — owner facts and deadlines, never the resident.
   */
  | {
      readonly kind: 'unit.worklist';
      readonly unitName: string;
      /** The ISO week it was made for ('2026-W48'). */
      readonly week: string;
      readonly worklist: Worklist;
    };

export type Delivery =
  | {
      readonly delivered: true;
      readonly conversationId: string;
      readonly activityId: string;
      readonly retrying?: false;
    }
  | {
      readonly delivered: false;
      readonly reason: 'no-channel' | 'not-installed' | 'failed';
      /** What Teams answered, for the retry policy (a failed send only). */
      readonly failure?: SendFailure;
      /** Kept in the notice outbox: the scheduler tries again (delivery-policy.ts). */
      readonly retrying?: boolean;
    };

/** Where a notice stands for the person told about it: reached, to be retried, or neither. */
export type Reach = 'reached' | 'retrying' | 'unreached';

export const reachOf = (delivery: Delivery): Reach =>
  delivery.delivered ? 'reached' : delivery.retrying ? 'retrying' : 'unreached';

/** One recipient of a notice as a confirmation names it: a unit's channel or a person. */
export interface Told {
  readonly kind: 'unit' | 'staff';
  readonly name: string;
  readonly reach: Reach;
}

/**
 * Sends notices. The Teams edge sends (src/bot/teams-notifier.ts); services get the durable
 * `OutboxNotifier` around it, which keeps each notice in the notice outbox until it is sent. A
 * failed delivery is reported, never thrown: what was registered stays registered. `event` names
 * what the notice announces (e.g. a concern's submission): the same event, kind and recipient
 * are sent once, however often it is asked for.
 */
export interface Notifier {
  toUnitChannel(unitId: string, notice: Notice, event?: string): Promise<Delivery>;
  toStaff(staffId: string, notice: Notice, event?: string): Promise<Delivery>;
}

export type UnitNotice = Extract<Notice, { kind: 'case.forUnit' }>;
export type AcuteNotice = Extract<Notice, { kind: 'case.acute' }>;
/** The notices that are a case's card in its owning unit's channel ("Ta saken" until taken). */
export type CaseCardNotice = UnitNotice | AcuteNotice;

/** The owning unit's channel notice for a case: what may be shown there, and nothing more. */
export function unitNoticeFor(
  kase: CaseRecord,
  deadline: string | null,
  coordinatorName: string | null,
  isNewCase: boolean,
): UnitNotice {
  return {
    kind: 'case.forUnit',
    caseId: kase.id,
    reference: kase.reference,
    category: kase.category,
    subcategory: kase.subcategory,
    level: kase.level,
    deadline,
    coordinatorName,
    isNewCase,
  };
}

/** The acute alert for a case: reference, owning unit and who has taken it, nothing more. */
export function acuteNoticeFor(
  kase: CaseRecord,
  owningUnitName: string,
  coordinatorName: string | null,
): AcuteNotice {
  return {
    kind: 'case.acute',
    caseId: kase.id,
    reference: kase.reference,
    owningUnitName,
    coordinatorName,
  };
}
