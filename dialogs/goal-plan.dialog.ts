import type { TurnContext } from 'botbuilder';
import { findCaseReference } from '../src/domain/case/case.ts';
import type { PlanDraft, PlanField } from '../src/domain/goal-plan/goal-plan-form.ts';
import type { PlanResult, PlanView } from '../src/domain/goal-plan/goal-plan.service.ts';
import { planCard, planFormCard } from './cards/goal-plan.cards.ts';
import { replaceSubmittedCard, sendCard, stringFields } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

const PLAN_FIELDS: readonly PlanField[] = [
  'goalText',
  'goalTargetDate',
  'measureType',
  'measureDescription',
  'measureUnitKey',
  'measureStaffId',
  'measureDeadline',
  'measureStatus',
  'evaluationDate',
  'periodStart',
  'periodEnd',
  'consentGiven',
  'consentDate',
  'consentUnitKeys',
  'consentForm',
  'vedtakReference',
  'ipNeeded',
  'evaluationSummary',
  'nextEvaluationDate',
];

/** At most what the form's fields allow, so an oversized value is never echoed back in a card. */
const MAX_ECHO = 500;

const draftOf = (value: unknown): PlanDraft => {
  const fields = stringFields(value);
  return Object.fromEntries(
    PLAN_FIELDS.filter((f) => Object.hasOwn(fields, f)).map((f) => [
      f,
      fields[f].slice(0, MAX_ECHO + 1),
    ]),
  );
};

/** "start målplan 2026-0004" and "målplan 2026-0004": create, show and change a case's målplan. */
export class GoalPlanDialog {
  constructor(private readonly services: DialogServices) {}

  async start(
    context: TurnContext,
    target: { reference?: string; caseId?: string },
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const ctx = await this.services.plans.context(actor, {
      ...target,
      caseId: target.caseId?.slice(0, 64),
    });
    if (!ctx.ok) return void (await context.sendActivity(texts.errors[ctx.code]));
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
    const view = await this.services.plans.show(actor, {
      ...target,
      caseId: target.caseId?.slice(0, 64),
    });
    if (!view.ok) return void (await context.sendActivity(texts.errors[view.code]));
    await sendCard(context, planCard(texts, view.value, await this.services.linkChannel.units()));
  }

  async onCreate(context: TurnContext, value: unknown): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const caseId = (stringFields(value).caseId ?? '').slice(0, 64);
    const draft = draftOf(value);
    const created = await this.services.plans.create(actor, caseId, draft);
    if (!created.ok && created.code === 'PLAN.INVALID') {
      const ctx = await this.services.plans.context(actor, { caseId });
      if (ctx.ok) {
        const { kase, units, staff } = ctx.value;
        const values = Object.fromEntries(
          Object.entries(draft).filter(([, v]) => v.length <= MAX_ECHO),
        );
        return replaceSubmittedCard(
          context,
          planFormCard(texts, {
            caseId,
            reference: kase.reference,
            level: kase.level,
            units,
            staff,
            values,
            errors: created.errors,
          }),
        );
      }
    }
    await this.answer(context, created, (v) => texts.plan.created(v.kase.reference));
  }

  async onChange(
    context: TurnContext,
    value: unknown,
    change: 'goal' | 'measure' | 'status' | 'evaluation',
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const fields = stringFields(value);
    const plans = this.services.plans;
    const planId = (fields.planId ?? '').slice(0, 64);
    const measureId = (fields.measureId ?? '').slice(0, 64);
    const status = Object.hasOwn(fields, `status-${measureId}`)
      ? fields[`status-${measureId}`]
      : '';
    const result =
      change === 'goal'
        ? await plans.addGoal(actor, planId, draftOf(value))
        : change === 'measure'
          ? await plans.addMeasure(actor, planId, draftOf(value))
          : change === 'status'
            ? await plans.setMeasureStatus(actor, measureId, status)
            : await plans.recordEvaluation(actor, planId, draftOf(value));
    await this.answer(context, result, () => texts.plan.updated);
  }

  private async answer(
    context: TurnContext,
    result: PlanResult<PlanView>,
    confirm: (v: PlanView) => string,
  ): Promise<void> {
    const { texts } = turnInfo(context);
    const units = await this.services.linkChannel.units();
    if (result.ok) {
      await context.sendActivity(confirm(result.value));
      return sendCard(context, planCard(texts, result.value, units));
    }
    if (result.code === 'PLAN.INVALID') {
      const problems = Object.values(result.errors).map((e) => texts.fieldErrors[e]);
      return void (await context.sendActivity(
        `${texts.errors['PLAN.INVALID']} ${[...new Set(problems)].join(' ')}`,
      ));
    }
    await context.sendActivity(texts.errors[result.code]);
  }
}
