import type { TurnContext } from 'botbuilder';
import { findCaseReference } from '../src/domain/case/case.ts';
import type { ErrorCode } from '../src/domain/common/errors.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import {
  accessCard,
  breakGlassCard,
  breakGlassDoneCard,
  consentCard,
  type BREAKGLASS_SUBMIT,
  type CONSENT_SUBMIT,
  type CONSENT_WITHDRAW,
  type GRANT_END,
  type GRANT_SUBMIT,
} from './cards/access.cards.ts';
import type { Payload } from './cards/card-verb.ts';
import { formatMoment } from './cards/format.ts';
import { ownerAnswerCard } from './cards/owner-answer.card.ts';
import { sendRefusal, type RefusedCase, type RefusedTask } from './refusal.ts';
import { replaceSubmittedCard, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** A case named in a typed command (by reference) or by a card button (by id). */
type Target = { readonly argument: string } | { readonly caseId: string };

/**
 * Who may read a case: "gi tilgang" (the owner grants or ends a unit's involvement), "samtykke"
 * (the resident's consent, recorded and withdrawn), and "nødtilgang" (break-glass, 24 hours).
 */
export class AccessDialog {
  constructor(private readonly services: DialogServices) {}

  async startGrant(
    context: TurnContext,
    target: Target,
    problem?: { text: string; values: { unitKey?: string; note?: string } },
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const where = this.target(target);
    if (!where) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    const options = await this.services.involvement.accessOptions(actor, where);
    if (!options.ok) return this.refused(context, options.code, 'grantAccess', where);
    const { kase, units, involved, breakGlass } = options.value;
    const card = accessCard(texts, {
      caseId: kase.id,
      reference: kase.reference,
      units,
      involved,
      breakGlass,
      timeZone: this.services.timeZone,
      values: problem?.values,
      problem: problem?.text,
    });
    await (problem ? replaceSubmittedCard(context, card) : sendCard(context, card));
  }

  async submitGrant(
    context: TurnContext,
    { caseId, ...input }: Payload<typeof GRANT_SUBMIT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.involvement.grantAccess(actor, caseId, input);
    if (result.ok) {
      await context.sendActivity(
        texts.access.granted(
          result.value.kase.reference,
          result.value.unit.name,
          result.value.unitTold,
          result.value.unitRetrying,
        ),
      );
      return this.startGrant(context, { caseId });
    }
    if (
      result.code === 'GRANT.NOTE_REQUIRED' ||
      result.code === 'UNIT.NOT_FOUND' ||
      result.code === 'GRANT.OWNER_UNIT'
    )
      return this.startGrant(
        context,
        { caseId },
        {
          text: texts.errors[result.code],
          values: { unitKey: input.unitKey, note: input.note.slice(0, 300) },
        },
      );
    await this.refused(context, result.code, 'grantAccess', { caseId });
  }

  async endGrant(
    context: TurnContext,
    { caseId, unitId }: Payload<typeof GRANT_END>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.involvement.endAccess(actor, caseId, unitId);
    if (!result.ok) return this.refused(context, result.code, 'grantAccess', { caseId });
    await context.sendActivity(texts.access.ended(result.value.reference));
  }

  async startConsent(
    context: TurnContext,
    target: Target,
    redraw?: { values: Record<string, string>; errors: Record<string, string> },
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const where = this.target(target);
    if (!where) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    const overview = await this.services.consents.overview(actor, where);
    if (!overview.ok) return this.refused(context, overview.code, 'consent', where);
    const { kase, consents, units, staffNames } = overview.value;
    const card = consentCard(texts, {
      caseId: kase.id,
      reference: kase.reference,
      consents,
      units,
      staffNames,
      today: this.today(),
      timeZone: this.services.timeZone,
      ...redraw,
    });
    await (redraw ? replaceSubmittedCard(context, card) : sendCard(context, card));
  }

  async submitConsent(
    context: TurnContext,
    { caseId, ...draft }: Payload<typeof CONSENT_SUBMIT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.consents.record(actor, caseId, draft);
    if (result.ok) {
      await context.sendActivity(
        texts.consent.recorded((await this.services.caseFacts.referenceOf(caseId)) ?? ''),
      );
      return this.startConsent(context, { caseId });
    }
    if (result.code === 'CONSENT.INVALID' && 'errors' in result) {
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([k, e]) => [k, texts.fieldErrors[e]]),
      );
      return this.startConsent(context, { caseId }, { values: draft, errors });
    }
    await this.refused(context, result.code, 'consent', { caseId });
  }

  async withdrawConsent(
    context: TurnContext,
    { caseId, consentId }: Payload<typeof CONSENT_WITHDRAW>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.consents.withdraw(actor, caseId, consentId);
    if (!result.ok) return this.refused(context, result.code, 'consent', { caseId });
    await context.sendActivity(texts.consent.withdrawn(result.value.reference));
  }

  /**
   * The form, for someone who may break the glass on this case (not for those who already read it).
   */
  async startBreakGlass(context: TurnContext, target: Target): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const where = this.target(target);
    if (!where) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    // Deciding which form to show reads no case content, so it writes no read to the trail.
    const form = await this.services.breakGlass.formFor(actor, where);
    if (!form.ok) return this.refused(context, form.code, 'breakGlass', where);
    await sendCard(context, breakGlassCard(texts, form.value));
  }

  async submitBreakGlass(
    context: TurnContext,
    { caseId, justification }: Payload<typeof BREAKGLASS_SUBMIT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.breakGlass.open(actor, caseId, justification);
    if (!result.ok) {
      if (result.code === 'BREAKGLASS.JUSTIFICATION_REQUIRED') {
        const reference = await this.services.caseFacts.referenceOf(caseId);
        if (reference)
          return replaceSubmittedCard(
            context,
            breakGlassCard(texts, {
              caseId,
              reference,
              problem: texts.errors[result.code],
              justification: justification.slice(0, 500),
            }),
          );
      }
      return this.refused(context, result.code, 'breakGlass', { caseId });
    }
    const until = formatMoment(result.value.until, this.services.timeZone, texts.locale);
    // The form becomes a receipt, so it cannot be sent twice by mistake.
    await replaceSubmittedCard(
      context,
      breakGlassDoneCard(texts, result.value.kase.reference, until),
    );
    await context.sendActivity(
      texts.breakGlass.opened(
        result.value.kase.reference,
        until,
        result.value.leadersTold,
        result.value.leadersRetrying,
      ),
    );
    const answer = await this.services.lookupOwner.byCaseId(actor, caseId);
    if (answer) await sendCard(context, ownerAnswerCard(texts, answer, this.services.timeZone));
  }

  /** A refusal that says who may, and what to do instead (or the error's own text). */
  private refused(
    context: TurnContext,
    code: ErrorCode,
    task: RefusedTask,
    target: RefusedCase,
  ): Promise<void> {
    return sendRefusal(context, code, task, { facts: this.services.caseFacts, target });
  }

  private target(target: Target): { reference: string } | { caseId: string } | null {
    if ('caseId' in target) return { caseId: target.caseId };
    const reference = findCaseReference(target.argument);
    return reference ? { reference } : null;
  }

  private today(): string {
    return localDate(this.services.clock.now(), this.services.timeZone);
  }
}
