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
    return this.uow.run(async ({ cases }) =>
      caseId ? ((await cases.findById(caseId))?.reference ?? null) : null,
    );
  }

  /**
   * The case, its owning unit, its coordinator and the channel cards Husly posted about it, to
   * redraw them (owner facts: reference, category, level, owning unit, coordinator).
   */
  forCard(caseId: string): Promise<CaseCardFacts | null> {
    return this.uow.run(async ({ cases, org }) => {
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
