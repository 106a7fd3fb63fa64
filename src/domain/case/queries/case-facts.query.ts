import type { Staff, Unit } from '../../org/org.ts';
import type { UnitOfWork } from '../../common/unit-of-work.ts';
import type { CaseRecord } from '../case.ts';

/** What a channel card about a case is drawn from, and where Husly posted such cards. */
export interface CaseCardFacts {
  readonly kase: CaseRecord;
  /** Null only if the unit was deleted (units are not deleted in practice). */
  readonly owningUnit: Unit | null;
  readonly coordinator: Staff | null;
  readonly cards: readonly { readonly conversationId: string; readonly activityId: string }[];
}

/** A case's owner facts: what every registered user may know of it. */
export interface OwnerFacts {
  readonly reference: string;
  readonly owningUnitId: string;
  readonly owningUnitName: string;
  readonly coordinatorName: string | null;
  /** False once the case is closed (then nobody new can be given access). */
  readonly open: boolean;
}

/**
 * Facts for a case's channel cards and replies, without side effects: no access check and no
 * audit record. Callers show only owner facts (reference, owning unit, coordinator) to anyone;
 * level and category only on the card in the owning unit's own channel, as when it was posted.
 * For turning a case id from a card into its reference, and for redrawing the channel cards
 * Husly posted about a case. Case content goes through the access gate.
 */
export class CaseFactsQuery {
  constructor(private readonly uow: UnitOfWork) {}

  /** The reference of the case with this id, or null. */
  referenceOf(caseId: string): Promise<string | null> {
    return this.uow.read(async ({ cases }) =>
      caseId ? ((await cases.findById(caseId))?.reference ?? null) : null,
    );
  }

  /**
   * Owner facts of a case named by id or reference (what anyone registered may know): its
   * reference, owning unit and coordinator. For saying who may do what was refused, and whom to
   * ask. Null when there is no such case.
   */
  ownerFacts(target: {
    readonly caseId?: string;
    readonly reference?: string;
  }): Promise<OwnerFacts | null> {
    return this.uow.read(async ({ cases, org }) => {
      const kase = target.caseId
        ? await cases.findById(target.caseId)
        : target.reference
          ? await cases.findByReference(target.reference)
          : null;
      if (!kase) return null;
      const [unit, coordinator] = await Promise.all([
        org.findUnitById(kase.owningUnitId),
        kase.coordinatorId ? org.findStaffById(kase.coordinatorId) : null,
      ]);
      return {
        reference: kase.reference,
        owningUnitId: kase.owningUnitId,
        owningUnitName: unit?.name ?? '',
        coordinatorName: coordinator?.name ?? null,
        open: kase.status === 'open',
      };
    });
  }

  /**
   * The case, its owning unit, its coordinator and the channel cards Husly posted about it, to
   * redraw them (owner facts: reference, category, level, owning unit, coordinator).
   */
  forCard(caseId: string): Promise<CaseCardFacts | null> {
    return this.uow.read(async ({ cases, org }) => {
      const kase = caseId ? await cases.findById(caseId) : null;
      if (!kase) return null;
      return {
        kase,
        owningUnit: await org.findUnitById(kase.owningUnitId),
        coordinator: kase.coordinatorId ? await org.findStaffById(kase.coordinatorId) : null,
        cards: await cases.cards(kase.id),
      };
    });
  }
}
