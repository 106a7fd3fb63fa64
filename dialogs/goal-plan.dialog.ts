import type { TurnContext } from 'botbuilder';
import { findCaseReference } from '../src/domain/case/case.ts';
import type {
  GoalOutcomeField,
  PlanDraft,
  PlanErrors,
} from '../src/domain/goal-plan/goal-plan-form.ts';
import type { PlanResult, PlanView } from '../src/domain/goal-plan/goal-plan.service.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  MAX_PLAN_TEXT,
  planCard,
  planChangeCard,
  planFormCard,
  planPrintCard,
  type PLAN_ADD_GOAL,
  type PLAN_CREATE,
  type PLAN_EVALUATE,
  type PLAN_PRINT,
  type PLAN_MOVE,
  type PLAN_REMOVE_PARTICIPANT,
  type PLAN_STATUS,
  type PlanChange,
  type PlanFormValues,
} from './cards/goal-plan.cards.ts';
import { sendRefusal, type RefusedCase, type RefusedTask } from './refusal.ts';
import { replaceSubmittedCard, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** A value longer than its input allows is never echoed back into a card. */
const echoable = (draft: Readonly<Record<string, string | undefined>>): PlanDraft =>
  Object.fromEntries(
    Object.entries(draft).filter(
      (e): e is [string, string] => e[1] !== undefined && e[1].length <= MAX_PLAN_TEXT,
    ),
  );

/** What a plan card's form sends: the plan, the case it was drawn on, the typed fields. */
type ChangeForm = Payload<typeof PLAN_ADD_GOAL> | Payload<typeof PLAN_EVALUATE>;

/** The form's fields as the domain reads them; each goal's outcome under its own name. */
function draftOf(form: ChangeForm): PlanDraft {
  const { planId: _p, caseId: _c, ...fields } = form;
  if (!('goalOutcomes' in fields)) return fields;
  const { goalOutcomes, ...rest } = fields;
  const outcomes: Partial<Record<GoalOutcomeField, string>> = {};
  for (const [field, value] of Object.entries(goalOutcomes))
    outcomes[field as GoalOutcomeField] = value;
  return { ...rest, ...outcomes };
}

/**
 * "start målplan 2026-0004" and "målplan 2026-0004": create, show and change a person's
 * målplan, as it hangs on their case. Every press is decided again by the service.
 */
export class GoalPlanDialog {
  constructor(private readonly services: DialogServices) {}

  async start(
    context: TurnContext,
    target: { reference?: string; caseId?: string },
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const ctx = await this.services.plans.context(actor, target);
    if (!ctx.ok) return this.refused(context, ctx.code, 'planCreate', target);
    const { kase, units, staff, extraMeasureTypes } = ctx.value;
    if (ctx.value.existing) {
      const shown = await this.services.plans.show(actor, { caseId: kase.id });
      if (shown.ok) return this.sendPlan(context, shown.value);
      if (shown.code !== 'PLAN.NOT_FOUND' && shown.code !== 'PLAN.ELSEWHERE')
        return this.refused(context, shown.code, 'planRead', { caseId: kase.id });
      // The person's living plan hangs on another case. Creating takes it over when that case is
      // closed (the service decides), and says whose it is when it is open; nothing is typed.
      const taken = await this.services.plans.create(actor, kase.id, {});
      if (taken.ok) {
        await this.sendPlan(context, taken.value);
        return void (await context.sendActivity(texts.plan.attachedDone(kase.reference)));
      }
      if (taken.code !== 'PLAN.INVALID')
        return this.refused(context, taken.code, 'planCreate', { caseId: kase.id });
      // It was closed meanwhile: a new plan is made as usual.
    }
    await sendCard(
      context,
      planFormCard(texts, {
        caseId: kase.id,
        reference: kase.reference,
        level: kase.level,
        units,
        staff,
        extraMeasureTypes,
      }),
    );
  }

  async startFromText(context: TurnContext, argument: string): Promise<void> {
    const reference = findCaseReference(argument);
    if (!reference)
      return void (await context.sendActivity(turnInfo(context).texts.errors['CASE.NOT_FOUND']));
    await this.start(context, { reference });
  }

  async showFromText(context: TurnContext, argument: string): Promise<void> {
    const reference = findCaseReference(argument);
    if (!reference)
      return void (await context.sendActivity(turnInfo(context).texts.errors['CASE.NOT_FOUND']));
    await this.show(context, { reference });
  }

  async show(context: TurnContext, target: { caseId?: string; reference?: string }): Promise<void> {
    const { actor } = turnInfo(context);
    const view = await this.services.plans.show(actor, target);
    if (!view.ok && view.code === 'PLAN.ELSEWHERE')
      return void (await context.sendActivity(
        turnInfo(context).texts.plan.elsewhere(view.reference),
      ));
    if (!view.ok) return this.refused(context, view.code, 'planRead', target);
    await this.sendPlan(context, view.value);
  }

  async onCreate(
    context: TurnContext,
    { caseId, ...draft }: Payload<typeof PLAN_CREATE>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const created = await this.services.plans.create(actor, caseId, draft);
    if (!created.ok && created.code === 'PLAN.INVALID') {
      const ctx = await this.services.plans.context(actor, { caseId });
      if (ctx.ok) {
        const { kase, units, staff, extraMeasureTypes } = ctx.value;
        return replaceSubmittedCard(
          context,
          planFormCard(texts, {
            caseId,
            reference: kase.reference,
            level: kase.level,
            units,
            staff,
            extraMeasureTypes,
            values: echoable(draft),
            errors: created.errors,
          }),
        );
      }
    }
    await this.answer(
      context,
      created,
      (v) =>
        v.attached
          ? texts.plan.attachedDone(v.kase.reference)
          : texts.plan.created(v.kase.reference),
      { task: 'planCreate', target: { caseId } },
    );
  }

  /**
   * A form under the plan card: "Legg til mål", "Legg til tiltak", "Evaluer", "Legg til
   * deltaker", "Endre" and "Avslutt plan". A refused field brings the form back with its message.
   */
  async change(
    context: TurnContext,
    change: Exclude<PlanChange, 'removeParticipant'>,
    form: ChangeForm,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const plans = this.services.plans;
    const { planId } = form;
    const draft = draftOf(form);
    const result =
      change === 'goal'
        ? await plans.addGoal(actor, planId, draft)
        : change === 'measure'
          ? await plans.addMeasure(actor, planId, draft)
          : change === 'evaluation'
            ? await plans.recordEvaluation(actor, planId, draft)
            : change === 'participant'
              ? await plans.addParticipant(actor, planId, draft)
              : change === 'details'
                ? await plans.updateDetails(actor, planId, draft)
                : await plans.close(actor, planId, draft);
    if (!result.ok && result.code === 'PLAN.INVALID')
      return this.refusedForm(context, change, form, echoable(draft), result.errors);
    await this.answer(
      context,
      result,
      (v) => (change === 'close' ? texts.plan.closed(v.kase.reference) : texts.plan.updated),
      { task: 'planChange' },
    );
  }

  /** "Fjern deltaker": the participant chosen. */
  async removeParticipant(
    context: TurnContext,
    form: Payload<typeof PLAN_REMOVE_PARTICIPANT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const { planId, participantId } = form;
    const result = await this.services.plans.removeParticipant(actor, planId, participantId);
    if (!result.ok && result.code === 'PLAN.INVALID')
      return this.refusedForm(
        context,
        'removeParticipant',
        form,
        { participantId: participantId.length <= MAX_PLAN_TEXT ? participantId : '' },
        result.errors,
      );
    await this.answer(context, result, () => texts.plan.updated, { task: 'planChange' });
  }

  /** "Lagre status" beside a measure: the status chosen there. */
  async setMeasureStatus(
    context: TurnContext,
    { measureId, input: status }: Payload<typeof PLAN_STATUS>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.plans.setMeasureStatus(actor, measureId, status);
    await this.answer(context, result, () => texts.plan.updated, { task: 'planChange' });
  }

  /**
   * "Skriv ut (PDF)": a link signed for this staff member and plan, once, for 5 minutes. Only
   * for those who may change the plan (a signed copy leaves Husly); the service decides that
   * here, and the download checks it again and audits the print.
   */
  async print(context: TurnContext, { planId, caseId }: Payload<typeof PLAN_PRINT>): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const shown = await this.services.plans.show(actor, { caseId });
    if (!shown.ok) return this.refused(context, shown.code, 'planChange', { caseId });
    const view = shown.value;
    // The plan moved on to another case, or a new one was made: this card is out of date.
    if (view.plan.id !== planId)
      return void (await context.sendActivity(texts.errors['PLAN.NOT_FOUND']));
    if (view.plan.status === 'closed')
      return void (await context.sendActivity(texts.errors['PLAN.CLOSED']));
    if (!view.mayChange) return this.refused(context, 'ACCESS.DENIED', 'planChange', { caseId });
    const url = this.services.planLinks.linkFor(
      { staffId: actor.staff.id, tenantId: actor.tenantId },
      planId,
    );
    await sendCard(context, planPrintCard(texts, { reference: view.kase.reference, url }));
  }

  /** "Flytt planen til sak …": the owner shares the plan with the person's newer case. */
  async move(context: TurnContext, form: Payload<typeof PLAN_MOVE>): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const { planId, caseId, ...draft } = form;
    const moved = await this.services.plans.moveToCase(actor, planId, caseId, draft);
    if (moved.ok)
      return void (await context.sendActivity(texts.plan.attachedDone(moved.value.reference)));
    if (moved.code === 'PLAN.INVALID') return this.listProblems(context, moved.errors);
    await this.refused(context, moved.code, 'planChange', null);
  }

  /** The plan card (new, in the chat the answer goes to). */
  private async sendPlan(context: TurnContext, view: PlanView): Promise<void> {
    const { texts } = turnInfo(context);
    await sendCard(context, planCard(texts, view, await this.services.linkChannel.units()));
  }

  /**
   * A refused form comes back where it was, with what was typed and a message under each field.
   * The plan is read again for it (goals, participants and colleagues to choose from); when that
   * is not possible (an old card without its case), the messages come as text.
   */
  private async refusedForm(
    context: TurnContext,
    change: PlanChange,
    form: { readonly planId: string; readonly caseId?: string | undefined },
    values: PlanFormValues,
    errors: PlanErrors,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const shown = form.caseId
      ? await this.services.plans.show(actor, { caseId: form.caseId })
      : null;
    if (shown?.ok && shown.value.plan.id === form.planId && shown.value.mayChange) {
      const units = await this.services.linkChannel.units();
      return replaceSubmittedCard(
        context,
        planChangeCard(texts, shown.value, units, change, { values, errors }),
      );
    }
    await this.listProblems(context, errors);
  }

  /** The refused fields' messages as one line of text (no form to show them on). */
  private async listProblems(context: TurnContext, errors: PlanErrors): Promise<void> {
    const { texts } = turnInfo(context);
    const problems = Object.values(errors)
      .filter((e) => e !== undefined)
      .map((e) => texts.fieldErrors[e]);
    await context.sendActivity(
      `${texts.errors['PLAN.INVALID']} ${[...new Set(problems)].join(' ')}`,
    );
  }

  private async answer(
    context: TurnContext,
    result: PlanResult<PlanView>,
    confirm: (v: PlanView) => string,
    refused: { readonly task: RefusedTask; readonly target?: RefusedCase },
  ): Promise<void> {
    const { texts } = turnInfo(context);
    const units = await this.services.linkChannel.units();
    if (result.ok) {
      // The card the change came from (the plan, its form, or the new-plan form) becomes the plan
      // as it is now, so the chat keeps one live copy instead of one more after every edit. Where
      // there is no card of the user's own to replace, the plan comes as a new card.
      await replaceSubmittedCard(context, planCard(texts, result.value, units));
      return void (await context.sendActivity(confirm(result.value)));
    }
    if (result.code === 'PLAN.INVALID') return this.listProblems(context, result.errors);
    // A change names a plan, not a case: the refusal then says how to find the owner.
    await this.refused(context, result.code, refused.task, refused.target ?? null);
  }

  /**
   * A refusal that says who may, and what to do instead; any other code (a closed plan, say) is
   * the error's own text.
   */
  private refused(
    context: TurnContext,
    code: Parameters<typeof sendRefusal>[1],
    task: RefusedTask,
    target: RefusedCase | null,
  ): Promise<void> {
    return sendRefusal(context, code, task, { facts: this.services.caseFacts, target });
  }
}
