import type { TurnContext } from 'botbuilder';
import { findCaseReference, upcomingEviction } from '../src/domain/case/case.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  arrearsPaidCard,
  closeCaseCard,
  type CLOSE_SUBMIT,
  type PAID_SUBMIT,
} from './cards/case-resolution.cards.ts';
import { formatDate } from './cards/format.ts';
import { sendRefusal } from './refusal.ts';
import { replaceSubmittedCard, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** A case named in a typed command (by reference) or by a card button (by id). */
type Target = { readonly argument: string } | { readonly caseId: string };

const referenceIn = (text: string) => {
  const reference = findCaseReference(text);
  return reference ? { reference } : null;
};

/** "restansen er betalt 2026-0004" and "avslutt sak 2026-0004": the facts that end a follow-up. */
export class CaseResolutionDialog {
  constructor(private readonly services: DialogServices) {}

  async startPaid(context: TurnContext, target: Target): Promise<void> {
    const kase = await this.caseFor(context, target, 'case.markArrearsPaid');
    if (!kase) return;
    const today = this.today();
    await sendCard(
      context,
      arrearsPaidCard(turnInfo(context).texts, {
        caseId: kase.id,
        reference: kase.reference,
        paidDate: today,
        today,
      }),
    );
  }

  async submitPaid(
    context: TurnContext,
    { caseId, paidDate }: Payload<typeof PAID_SUBMIT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.resolution.markArrearsPaid(actor, caseId, paidDate);
    if (result.ok) {
      // Paying does not stop an eviction the landlord has asked for: say that it is still
      // warned of.
      const eviction = upcomingEviction(result.value.timeline, this.today());
      return void (await context.sendActivity(
        texts.resolution.paidDone(
          result.value.reference,
          eviction && formatDate(eviction, texts.locale),
        ),
      ));
    }
    if (result.code === 'RESOLUTION.INVALID_DATE') {
      const kase = await this.services.resolution.forForm(
        actor,
        { caseId },
        'case.markArrearsPaid',
      );
      if (kase.ok) {
        const today = this.today();
        return replaceSubmittedCard(
          context,
          arrearsPaidCard(texts, {
            caseId,
            reference: kase.value.reference,
            paidDate,
            today,
            problem: texts.errors[result.code],
          }),
        );
      }
    }
    await sendRefusal(context, result.code, 'markPaid', {
      facts: this.services.caseFacts,
      target: { caseId },
    });
  }

  async startClose(context: TurnContext, target: Target): Promise<void> {
    const kase = await this.caseFor(context, target, 'case.close');
    if (kase)
      await sendCard(
        context,
        closeCaseCard(turnInfo(context).texts, { caseId: kase.id, reference: kase.reference }),
      );
  }

  async submitClose(
    context: TurnContext,
    { caseId, ...input }: Payload<typeof CLOSE_SUBMIT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.resolution.close(actor, caseId, input);
    if (result.ok) {
      await context.sendActivity(texts.resolution.closeDone(result.value.reference));
      // The channel cards about the case say it is closed, with no button left to press.
      return this.services.caseCards.refresh(result.value.id);
    }
    if (result.code === 'RESOLUTION.REASON_REQUIRED') {
      const kase = await this.services.resolution.forForm(actor, { caseId }, 'case.close');
      if (kase.ok)
        return replaceSubmittedCard(
          context,
          closeCaseCard(texts, {
            caseId,
            reference: kase.value.reference,
            ...input,
            note: input.note.slice(0, 500),
            problem: texts.errors[result.code],
          }),
        );
    }
    await sendRefusal(context, result.code, 'close', {
      facts: this.services.caseFacts,
      target: { caseId },
    });
  }

  /**
   * The case named by reference (typed) or id (card button), if the actor may act on it;
   * otherwise says why.
   */
  private async caseFor(
    context: TurnContext,
    target: Target,
    action: 'case.markArrearsPaid' | 'case.close',
  ) {
    const { texts, actor } = turnInfo(context);
    const where = 'caseId' in target ? target : referenceIn(target.argument);
    if (!where) return void (await context.sendActivity(texts.resolution.needReference));
    const kase = await this.services.resolution.forForm(actor, where, action);
    if (!kase.ok)
      return sendRefusal(context, kase.code, action === 'case.close' ? 'close' : 'markPaid', {
        facts: this.services.caseFacts,
        target: where,
      });
    return kase.value;
  }

  private today(): string {
    return localDate(this.services.clock.now(), this.services.timeZone);
  }
}
