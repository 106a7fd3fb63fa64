import type { TurnContext } from 'botbuilder';
import { findCaseReference } from '../src/domain/case/case.ts';
import type { ErrorCode } from '../src/domain/common/errors.ts';
import type { PlanDraft } from '../src/domain/goal-plan/goal-plan-form.ts';
import type { PlanResult, PlanView } from '../src/domain/goal-plan/goal-plan.service.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  MAX_PLAN_TEXT,
  planCard,
  planFormCard,
  type PLAN_ADD_GOAL,
  type PLAN_CREATE,
  type PLAN_STATUS,
} from './cards/goal-plan.cards.ts';
import { sendRefusal, type RefusedCase, type RefusedTask } from './refusal.ts';
import { replaceSubmittedCard, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** A value longer than its input allows is never echoed back into a card. */
const echoable = (draft: PlanDraft): PlanDraft =>
  Object.fromEntries(
    Object.entries(draft).filter(([, v]) => v !== undefined && v.length <= MAX_PLAN_TEXT),
  );

/**
 * "start målplan 2026-0004" and "målplan 2026-0004": create, show and change a case's målplan.
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
    if (ctx.value.existing) return this.show(context, { caseId: ctx.value.kase.id });
    const { kase, units, staff } = ctx.value;
    await sendCard(
      context,
      planFormCard(texts, {
        caseId: kase.id,
        reference: kase.reference,
        level: kase.level,
        units,
        staff,
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
    const { texts, actor } = turnInfo(context);
    const view = await this.services.plans.show(actor, target);
    if (!view.ok) return this.refused(context, view.code, 'planRead', target);
    await sendCard(context, planCard(texts, view.value, await this.services.linkChannel.units()));
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
        const { kase, units, staff } = ctx.value;
        return replaceSubmittedCard(
          context,
          planFormCard(texts, {
            caseId,
            reference: kase.reference,
            level: kase.level,
            units,
            staff,
            values: echoable(draft),
            errors: created.errors,
          }),
        );
      }
    }
    await this.answer(context, created, (v) => texts.plan.created(v.kase.reference), {
      task: 'planCreate',
      target: { caseId },
    });
  }

  /** "Legg til mål", "Legg til tiltak" and "Registrer evaluering" under the plan card. */
  async change(
    context: TurnContext,
    change: 'goal' | 'measure' | 'evaluation',
    { planId, ...draft }: Payload<typeof PLAN_ADD_GOAL>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const plans = this.services.plans;
    const result =
      change === 'goal'
        ? await plans.addGoal(actor, planId, draft)
        : change === 'measure'
          ? await plans.addMeasure(actor, planId, draft)
          : await plans.recordEvaluation(actor, planId, draft);
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

  private async answer(
    context: TurnContext,
    result: PlanResult<PlanView>,
    confirm: (v: PlanView) => string,
    refused: { readonly task: RefusedTask; readonly target?: RefusedCase },
  ): Promise<void> {
    const { texts } = turnInfo(context);
    const units = await this.services.linkChannel.units();
    if (result.ok) {
      // The card the change came from (the plan, or the new-plan form) becomes the plan as it is
      // now, so the chat keeps one live copy instead of one more after every edit. Where there is
      // no card of the user's own to replace, the plan comes as a new card.
      await replaceSubmittedCard(context, planCard(texts, result.value, units));
      return void (await context.sendActivity(confirm(result.value)));
    }
    if (result.code === 'PLAN.INVALID') {
      const problems = Object.values(result.errors).map((e) => texts.fieldErrors[e]);
      return void (await context.sendActivity(
        `${texts.errors['PLAN.INVALID']} ${[...new Set(problems)].join(' ')}`,
      ));
    }
    // A change names a plan, not a case: the refusal then says how to find the owner.
    await this.refused(context, result.code, refused.task, refused.target ?? null);
  }

  /** A refusal that says who may, and what to do instead (or the error's own text). */
  private refused(
    context: TurnContext,
    code: ErrorCode,
    task: RefusedTask,
    target: RefusedCase | null,
  ): Promise<void> {
    return sendRefusal(context, code, task, { facts: this.services.caseFacts, target });
  }
}
