import type { TurnContext } from 'botbuilder';
import type {
  LookupOutcome,
  OwnerAnswer,
} from '../src/domain/ownership/queries/lookup-owner.service.ts';
import type { Result } from '../src/domain/common/result.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  lookupCard,
  purposeCard,
  residentChoicesCard,
  type LOOKUP_CHOOSE,
  type LOOKUP_PURPOSE,
} from './cards/lookup.cards.ts';
import { ownerAnswerCard, ownerFactsCard } from './cards/owner-answer.card.ts';
import { classifyLookup } from './commands.ts';
import { receiptCard } from './cards/receipt.card.ts';
import { replaceSubmittedCard, retireSubmittedForm, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * "hvem eier …": by reference straight away (in a channel: owner facts only); by number or name
 * after a purpose is given, in personal chat, with the question kept server-side.
 */
export class LookupOwnerDialog {
  constructor(private readonly services: DialogServices) {}

  async fromText(context: TurnContext, argument: string): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const classified = classifyLookup(argument);
    // A number inside a sentence ("fnr 123456 78901?") is a number, not a name: a wrong one is
    // refused now, before the purpose question, instead of being searched for as a name.
    const typed = classified.kind === 'name' ? numberIn(classified.name) : null;
    const target = typed ? { kind: 'nationalId' as const, input: typed } : classified;
    if (target.kind === 'none') return sendCard(context, lookupCard(texts));
    if (target.kind === 'reference') {
      const found = await this.services.lookupOwner.byReference(actor, target.reference);
      if (!found.ok) return void (await context.sendActivity(texts.errors[found.code]));
      return this.showAnswer(context, found.value);
    }
    const begun = await this.services.lookupOwner.begin(
      actor,
      target.kind === 'nationalId'
        ? { kind: 'nationalId', input: target.input }
        : { kind: 'name', text: target.name },
    );
    if (!begun.ok) return void (await context.sendActivity(texts.errors[begun.code]));
    await sendCard(context, purposeCard(texts, begun.value.lookupId));
  }

  /**
   * In a channel or group chat: owner facts for everyone there, and — if the asker may see more —
   * the whole answer in their personal chat.
   */
  async inChannel(context: TurnContext, reference: string): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const found = await this.services.lookupOwner.byReference(actor, reference);
    if (!found.ok) return void (await context.sendActivity(texts.errors[found.code]));
    await sendCard(context, ownerFactsCard(texts, found.value));
    if (
      found.value.details &&
      (await this.services.personalChat.run(context, (personal) =>
        this.fromText(personal, reference),
      ))
    )
      await context.sendActivity(texts.channel.sentToPersonal);
  }

  /** "Åpne sak" on a card: the owner answer for a case id (content only for the case's people). */
  async showCase(context: TurnContext, caseId: string): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const answer = await this.services.lookupOwner.byCaseId(actor, caseId);
    if (!answer) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    await this.showAnswer(context, answer);
  }

  async onPurpose(
    context: TurnContext,
    { lookupId, purpose, purposeNote }: Payload<typeof LOOKUP_PURPOSE>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    // No purpose chosen: the service asks for one (and the form comes back).
    const result = await this.services.lookupOwner.answer(
      actor,
      lookupId,
      purpose ? { code: purpose, note: purposeNote || undefined } : null,
    );
    if (
      !result.ok &&
      (result.code === 'LOOKUP.PURPOSE_REQUIRED' || result.code === 'LOOKUP.PURPOSE_NOTE_REQUIRED')
    )
      return replaceSubmittedCard(context, purposeCard(texts, lookupId, texts.errors[result.code]));
    // The question was answered (or can no longer be): the form says which purpose was given and
    // has no button left. Stopped by the hourly limit, it stays, to be sent again later.
    if (purpose && (result.ok || result.code !== 'LOOKUP.THROTTLED'))
      await retireSubmittedForm(
        context,
        receiptCard(
          texts.lookup.purposeTitle,
          texts.lookup.purposeGiven(texts.labels.purposes[purpose]),
        ),
      );
    return this.showOutcome(context, result);
  }

  async onChoose(
    context: TurnContext,
    { lookupId, residentId }: Payload<typeof LOOKUP_CHOOSE>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.lookupOwner.choose(actor, lookupId, residentId);
    // One lookup opens one case (its purpose is logged for that person): the list is closed.
    await retireSubmittedForm(
      context,
      receiptCard(texts.lookup.choicesTitle, texts.lookup.choicesClosed),
    );
    return this.showOutcome(context, result);
  }

  private async showOutcome(
    context: TurnContext,
    result: Result<LookupOutcome, keyof ReturnType<typeof turnInfo>['texts']['errors']>,
  ): Promise<void> {
    const { texts } = turnInfo(context);
    if (!result.ok) return void (await context.sendActivity(texts.errors[result.code]));
    if (result.value.kind === 'choices')
      return sendCard(
        context,
        residentChoicesCard(texts, result.value.lookupId, result.value.residents),
      );
    return this.showAnswer(context, result.value.answer);
  }

  private showAnswer(context: TurnContext, answer: OwnerAnswer): Promise<void> {
    const { texts, conversation } = turnInfo(context);
    // Outside personal chat everyone in the conversation sees the answer: owner facts only.
    if (conversation.type !== 'personal') return sendCard(context, ownerFactsCard(texts, answer));
    return sendCard(context, ownerAnswerCard(texts, answer, this.services.timeZone));
  }
}

/**
 * The identity number typed among other words ("fnr 123456 78901", "fødselsnummer
 * 12345678901?", "Kari Nordmann 123456-78901"): its digits, when there are nine or more in a row
 * (spaces, dots and hyphens between them allowed), else null. A birth date (12.07.1987,
 * 1987-07-12) is no such number.
 */
function numberIn(text: string): string | null {
  const withoutDates = text.replace(/\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  for (const run of withoutDates.match(/\d(?:[\s.-]?\d)*/g) ?? []) {
    const digits = run.replace(/\D/g, '');
    if (digits.length >= 9) return digits;
  }
  return null;
}
