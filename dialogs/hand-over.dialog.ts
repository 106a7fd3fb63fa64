import type { TurnContext } from 'botbuilder';
import { findCaseReference } from '../src/domain/case/case.ts';
import type { ErrorCode } from '../src/domain/common/errors.ts';
import type { Payload } from './cards/card-verb.ts';
import { handOverCard, type HANDOVER_SUBMIT } from './cards/ownership.cards.ts';
import { ownerAnswerCard } from './cards/owner-answer.card.ts';
import { receiptCard } from './cards/receipt.card.ts';
import { sendRefusal, type RefusedCase } from './refusal.ts';
import { replaceSubmittedCard, retireSubmittedForm, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * "overfør 2026-0004": choose unit, saksansvarlig and a note. To another unit it is a proposal
 * the receiving unit accepts or declines (the case stays here meanwhile); a new saksansvarlig
 * in the owning unit itself takes effect at once, and both owners are told.
 */
export class HandOverDialog {
  constructor(private readonly services: DialogServices) {}

  async start(context: TurnContext, argument: string): Promise<void> {
    const { texts } = turnInfo(context);
    const reference = findCaseReference(argument);
    if (!reference) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    await this.form(context, { reference });
  }

  /** The "Overfør" button on an owner card. */
  async startFromCard(context: TurnContext, target: { readonly caseId: string }): Promise<void> {
    await this.form(context, target);
  }

  async submit(
    context: TurnContext,
    { caseId, unitKey, coordinatorId, note }: Payload<typeof HANDOVER_SUBMIT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    // No coordinator chosen ('') leaves the case without one until someone takes it.
    const request = { unitKey, coordinatorId: coordinatorId || null, note };
    const result = await this.services.proposals.propose(actor, caseId, request);
    if (!result.ok) {
      // Only someone who may hand the case over gets the form back (with what they wrote, if
      // not oversized).
      const options =
        result.code === 'ACCESS.DENIED' || result.code === 'CASE.NOT_FOUND'
          ? null
          : await this.services.ownershipQueries.handOverOptions(actor, { caseId });
      if (options?.ok)
        return replaceSubmittedCard(
          context,
          handOverCard(texts, {
            caseId: options.value.kase.id,
            reference: options.value.kase.reference,
            units: options.value.units,
            staff: options.value.staff,
            values: {
              ...request,
              note: request.note.slice(0, 500),
              coordinatorId: request.coordinatorId ?? undefined,
            },
            problem: texts.errors[result.code],
          }),
        );
      return this.refused(context, result.code, { caseId });
    }
    const { reference } = result.value.kase;
    if (result.value.kind === 'proposed') {
      const { toUnit, receiverTold } = result.value;
      const proposed = texts.handOver.proposed(reference, toUnit.name, receiverTold);
      // The form becomes a receipt naming the unit asked, so it cannot be sent twice.
      await retireSubmittedForm(
        context,
        receiptCard(texts.handOver.proposedTitle(reference), proposed),
      );
      return void (await context.sendActivity(proposed));
    }
    const done = texts.handOver.done(
      reference,
      result.value.next.unit.name,
      result.value.everyoneTold,
      result.value.told,
    );
    // The form becomes a receipt, so it cannot be sent twice by mistake.
    await retireSubmittedForm(context, receiptCard(texts.handOver.title(reference), done));
    await context.sendActivity(done);
    const answer = await this.services.lookupOwner.byCaseId(actor, result.value.kase.id);
    if (answer) await sendCard(context, ownerAnswerCard(texts, answer, this.services.timeZone));
    // The former owner's channel card loses "Ta saken" and names the new owner.
    await this.services.caseCards.refresh(result.value.kase.id);
  }

  private async form(
    context: TurnContext,
    target: { reference?: string; caseId?: string },
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const options = await this.services.ownershipQueries.handOverOptions(actor, target);
    if (!options.ok) return this.refused(context, options.code, target);
    const { kase, units, staff } = options.value;
    await sendCard(
      context,
      handOverCard(texts, { caseId: kase.id, reference: kase.reference, units, staff }),
    );
  }

  /** Why not: who may hand the case over, and whom to ask (or the error's own text). */
  private refused(context: TurnContext, code: ErrorCode, target: RefusedCase): Promise<void> {
    return sendRefusal(context, code, 'handOver', { facts: this.services.caseFacts, target });
  }
}
