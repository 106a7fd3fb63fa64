import type { TurnContext } from 'botbuilder';
import { findCaseReference } from '../src/domain/case/case.ts';
import type { Result } from '../src/domain/common/result.ts';
// prettier-ignore
import type {
  TakeError,
  Taken,
} from '../src/domain/ownership/commands/case-ownership.service.ts';
import { isAdmin } from '../src/domain/org/org.ts';
import type { Payload } from './cards/card-verb.ts';
import { ownerAnswerCard, type TAKE_FROM_ANSWER } from './cards/owner-answer.card.ts';
import { replaceSubmittedCard, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * "ta saken 2026-0006" (in personal chat, or with @Husly in a channel) and "Ta saken" on the
 * owner answer in personal chat: staff of the owning unit become saksansvarlig. Everyone else is
 * told why not, with owner facts only (who owns it, who has it), so the answer may stand in a
 * channel. The case's channel cards are redrawn, so nobody presses "Ta saken" on it again.
 */
export class TakeCaseDialog {
  constructor(private readonly services: DialogServices) {}

  async fromText(context: TurnContext, argument: string): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const reference = findCaseReference(argument);
    if (!reference) return void (await context.sendActivity(texts.notices.takeWhich));
    const taken = await this.services.ownership.takeByReference(actor, reference);
    await this.answer(context, reference, taken);
  }

  /** "Ta saken" on the owner answer card: the answer is redrawn without the button. */
  async fromAnswer(
    context: TurnContext,
    { caseId }: Payload<typeof TAKE_FROM_ANSWER>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const taken = await this.services.ownership.take(actor, caseId);
    const reference = taken.ok
      ? taken.value.kase.reference
      : await this.services.caseFacts.referenceOf(caseId);
    if (!reference) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    await this.answer(context, reference, taken, { fromCard: true });
  }

  private async answer(
    context: TurnContext,
    reference: string,
    taken: Result<Taken, TakeError>,
    options: { readonly fromCard?: boolean } = {},
  ): Promise<void> {
    const { texts, actor, conversation } = turnInfo(context);
    const t = texts.notices;
    if (!taken.ok) {
      const detail = taken.detail ?? {};
      const unitName = String(detail.owningUnitName ?? '');
      const message = {
        'CASE.NOT_FOUND': t.takeNotFound(reference),
        'CASE.CLOSED': t.takeClosed(reference),
        'CASE.ALREADY_TAKEN': t.takeAlreadyTaken(reference, String(detail.coordinatorName ?? '')),
        'ACCESS.DENIED': isAdmin(actor.staff)
          ? t.takeRefusedAdmin
          : unitName
            ? t.takeRefused(reference, unitName)
            : texts.errors['ACCESS.DENIED'],
      }[taken.code];
      return void (await context.sendActivity(message));
    }
    if (taken.value.alreadyYours)
      return void (await context.sendActivity(t.takeAlreadyYours(reference)));
    // Every card about the case, in this channel and any other, shows who took it.
    await this.services.caseCards.refresh(taken.value.kase.id);
    if (conversation.type !== 'personal')
      return void (await context.sendActivity(t.takenInChannel(actor.staff.name, reference)));
    await context.sendActivity(t.takeDone(reference));
    const answer = await this.services.lookupOwner.byCaseId(actor, taken.value.kase.id);
    if (!answer) return;
    const card = ownerAnswerCard(texts, answer, this.services.timeZone);
    // From the answer card: that card is redrawn (no "Ta saken" left on it).
    if (options.fromCard) await replaceSubmittedCard(context, card);
    else await sendCard(context, card);
  }
}
