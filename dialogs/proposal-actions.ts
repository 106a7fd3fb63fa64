import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from './cards/adaptive-card.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  proposalCard,
  proposalInputOfView,
  type HANDOVER_DECLINE,
} from './cards/proposal.cards.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * The buttons on a hand-over proposal and a level review (Action.Execute): the answer is stored
 * once and the pressed card is redrawn with it, wherever it is (the receiving unit's channel or
 * a leader's personal chat). A press on an old copy redraws it and changes nothing. The card
 * shows reference, units and staff names only, so the redraw is the same for everyone.
 */
export class ProposalActions {
  constructor(private readonly services: DialogServices) {}

  accept(context: TurnContext, { proposalId }: { readonly proposalId: string }) {
    return this.answer(context, proposalId, 'accept', '');
  }

  decline(context: TurnContext, { proposalId, reason }: Payload<typeof HANDOVER_DECLINE>) {
    return this.answer(context, proposalId, 'decline', reason);
  }

  /** The tildeling team keeps the case with its owner (no reason needed). */
  keep(context: TurnContext, { proposalId }: { readonly proposalId: string }) {
    return this.answer(context, proposalId, 'decline', '');
  }

  private async answer(
    context: TurnContext,
    proposalId: string,
    decision: 'accept' | 'decline',
    reason: string,
  ): Promise<AdaptiveCard | string> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.proposals.answer(actor, proposalId, decision, reason);
    if (!result.ok) {
      // A decline without a reason gets the card back with the question marked; a proposal that
      // no longer holds is redrawn as such. Anything else is a message, and the card stays.
      const redraw =
        result.code === 'HANDOVER.DECLINE_REASON_REQUIRED' || result.code === 'HANDOVER.STALE'
          ? await this.services.proposals.view(proposalId)
          : null;
      return redraw
        ? proposalCard(texts, proposalInputOfView(redraw, texts.errors[result.code]))
        : texts.errors[result.code];
    }
    const { view, alreadyAnswered } = result.value;
    // Taken over: the former owner's channel card loses "Ta saken" and names the new owner.
    if (!alreadyAnswered && view.proposal.status === 'accepted')
      await this.services.caseCards.refresh(view.proposal.caseId);
    return proposalCard(texts, proposalInputOfView(view));
  }
}
