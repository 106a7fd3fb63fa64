import type { TurnContext } from 'botbuilder';
import { findCaseReference, upcomingEviction } from '../src/domain/case/case.ts';
import {
  ARREARS_PAID,
  countsAsPaid,
  eventRule,
  isCaseEventType,
  type CaseEvent,
} from '../src/domain/case-event/case-event.ts';
import type {
  CaseEventError,
  CaseEventInput,
} from '../src/domain/case-event/case-event.service.ts';
import type { CaseRecord } from '../src/domain/case/case.ts';
import type { ErrorCode } from '../src/domain/common/errors.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  caseEventCard,
  caseEventFormCard,
  type EVENT_PICK,
  type EVENT_SUBMIT,
} from './cards/case-event.cards.ts';
import { formatDate } from './cards/format.ts';
import { sendRefusal, type RefusedCase, type RefusedTask } from './refusal.ts';
import { replaceSubmittedCard, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** A case named in a typed command (by reference) or by a card button (by id). */
type Target = { readonly argument: string } | { readonly caseId: string };

/** Refusals of what was typed on the form: shown on the form again, nothing stored. */
const FORM_PROBLEMS: ReadonlySet<CaseEventError> = new Set([
  'CASE_EVENT.INVALID_DATE',
  'CASE_EVENT.DATE_IN_PAST',
  'CASE_EVENT.DATE_IN_FUTURE',
  'CASE_EVENT.INVALID_AMOUNT',
  'CASE_EVENT.DECISION_REQUIRED',
]);

/**
 * "hendelse 2026-0004" and the outcome buttons (on the owner answer and after "Utført" on a
 * reminder): records what was done and decided on a case, one tap for most, a small form for
 * a decision, an amount or a date.
 */
export class CaseEventDialog {
  constructor(private readonly services: DialogServices) {}

  async start(context: TurnContext, target: Target): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const where =
      'caseId' in target
        ? { caseId: target.caseId }
        : (() => {
            const reference = findCaseReference(target.argument);
            return reference ? { reference } : null;
          })();
    if (!where) return void (await context.sendActivity(texts.events.needReference));
    const kase = await this.services.caseEvents.forForm(actor, where);
    if (!kase.ok) return this.refused(context, kase.code, 'recordEvent', where);
    await sendCard(
      context,
      caseEventCard(texts, { caseId: kase.value.id, reference: kase.value.reference }),
    );
  }

  /** One tap: record now (dated today), or open the small form the outcome needs. */
  async pick(context: TurnContext, { caseId, type }: Payload<typeof EVENT_PICK>): Promise<void> {
    const { texts, actor } = turnInfo(context);
    if (type === '')
      return void (await context.sendActivity(texts.errors['CASE_EVENT.UNKNOWN_TYPE']));
    if (type === ARREARS_PAID) {
      const paid = await this.services.resolution.markArrearsPaid(actor, caseId, this.today());
      if (!paid.ok) return this.refused(context, paid.code, 'markPaid', { caseId });
      const eviction = upcomingEviction(paid.value.timeline, this.today());
      return void (await context.sendActivity(
        texts.resolution.paidDone(
          paid.value.reference,
          eviction && formatDate(eviction, texts.locale),
        ),
      ));
    }
    if (eventRule(type).value === 'none') return this.record(context, caseId, { type });
    const kase = await this.services.caseEvents.forForm(actor, { caseId });
    if (!kase.ok) return this.refused(context, kase.code, 'recordEvent', { caseId });
    await sendCard(
      context,
      caseEventFormCard(texts, {
        caseId,
        reference: kase.value.reference,
        type,
        today: this.today(),
      }),
    );
  }

  /** The small form, sent. A refused value shows the form again with the reason. */
  async submit(context: TurnContext, form: Payload<typeof EVENT_SUBMIT>): Promise<void> {
    const { texts } = turnInfo(context);
    if (form.type === '')
      return void (await context.sendActivity(texts.errors['CASE_EVENT.UNKNOWN_TYPE']));
    await this.record(context, form.caseId, { ...form, type: form.type });
  }

  private async record(context: TurnContext, caseId: string, input: CaseEventInput): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.caseEvents.record(actor, caseId, input);
    if (result.ok) {
      const { kase, event, repeated } = result.value;
      if (repeated) {
        const t = texts.events;
        return void (await context.sendActivity(
          t.alreadyRecorded(
            t.labels[event.type],
            kase.reference,
            formatDate(event.occurredOn, texts.locale),
          ),
        ));
      }
      await context.sendActivity(this.confirmation(context, kase, event));
      // A new eviction date changes the next deadline the channel cards show.
      if (event.type === 'ny-utkastelsesdato') await this.services.caseCards.refresh(kase.id);
      return;
    }
    // These codes come only after the type was checked: it is one of the event types.
    if (FORM_PROBLEMS.has(result.code) && isCaseEventType(input.type)) {
      const kase = await this.services.caseEvents.forForm(actor, { caseId });
      if (kase.ok)
        return replaceSubmittedCard(
          context,
          caseEventFormCard(texts, {
            caseId,
            reference: kase.value.reference,
            type: input.type,
            today: this.today(),
            values: input,
            problem: texts.errors[result.code],
          }),
        );
    }
    await this.refused(context, result.code, 'recordEvent', { caseId });
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

  /** What was recorded, and what it changed in the follow-up. */
  private confirmation(context: TurnContext, kase: CaseRecord, event: CaseEvent): string {
    const { texts } = turnInfo(context);
    const t = texts.events;
    const said = t.recorded(
      t.labels[event.type],
      kase.reference,
      formatDate(event.occurredOn, texts.locale),
    );
    const paid = countsAsPaid(event);
    const eviction = upcomingEviction(kase.timeline, this.today());
    const effect =
      t.effects[event.type] ??
      (event.type === 'ny-utkastelsesdato' && event.dateValue
        ? t.newDateEffect(formatDate(event.dateValue, texts.locale))
        : event.type === 'midlertidig-botilbud' && event.dateValue
          ? t.accommodationEffect(formatDate(event.dateValue, texts.locale))
          : paid
            ? t.paidEffect(eviction && formatDate(eviction, texts.locale))
            : '');
    return effect ? `${said} ${effect}` : said;
  }

  private today(): string {
    return localDate(this.services.clock.now(), this.services.timeZone);
  }
}
