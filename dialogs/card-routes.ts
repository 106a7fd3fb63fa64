import type { TurnContext } from 'botbuilder';
import type { AccessDialog } from './access.dialog.ts';
import type { ArrearsReportDialog } from './arrears-report.dialog.ts';
import { InPlaceActions } from './card-actions.ts';
import { CardRouter } from './card-router.ts';
import {
  BREAKGLASS_SUBMIT,
  CONSENT_SUBMIT,
  CONSENT_WITHDRAW,
  GRANT_END,
  GRANT_SUBMIT,
} from './cards/access.cards.ts';
import { ARREARS_SUBMIT } from './cards/arrears-report.card.ts';
import { REPORT_REQUEST } from './cards/report.card.ts';
import { requestReport } from './report.dialog.ts';
import { CLOSE_SUBMIT, PAID_SUBMIT } from './cards/case-resolution.cards.ts';
import { EVENT_PICK, EVENT_START, EVENT_SUBMIT } from './cards/case-event.cards.ts';
import { CONCERN_SUBMIT } from './cards/concern-form.card.ts';
import { OVERVIEW_REFRESH } from './cards/overview.card.ts';
import { refreshOverview } from './overview.dialog.ts';
import {
  PLAN_ADD_GOAL,
  PLAN_ADD_MEASURE,
  PLAN_ADD_PARTICIPANT,
  PLAN_CLOSE,
  PLAN_CREATE,
  PLAN_DETAILS,
  PLAN_EVALUATE,
  PLAN_PRINT,
  PLAN_MOVE,
  PLAN_REMOVE_PARTICIPANT,
  PLAN_STATUS,
} from './cards/goal-plan.cards.ts';
import { chosenCard, TASK_START } from './cards/task.cards.ts';
import { LOOKUP_CHOOSE, LOOKUP_PURPOSE, LOOKUP_QUERY } from './cards/lookup.cards.ts';
import { TAKE_CASE } from './cards/notice.cards.ts';
import {
  BREAKGLASS_START,
  CLASSIFY_START,
  CLOSE_START,
  CONSENT_START,
  GRANT_START,
  HANDOVER_START,
  PAID_START,
  PLAN_SHOW,
  PLAN_START,
  TAKE_FROM_ANSWER,
} from './cards/owner-answer.card.ts';
import { CLASSIFY_SUBMIT, HANDOVER_SUBMIT } from './cards/ownership.cards.ts';
import {
  HANDOVER_ACCEPT,
  HANDOVER_DECLINE,
  LEVEL_REVIEW_KEEP,
  LEVEL_REVIEW_TAKE,
} from './cards/proposal.cards.ts';
import { ProposalActions } from './proposal-actions.ts';
import {
  CASE_OPEN,
  REMINDER_DONE,
  REMINDER_HAND_OVER,
  REMINDER_SNOOZE,
} from './cards/reminder.cards.ts';
import type { CaseResolutionDialog } from './case-resolution.dialog.ts';
import type { CaseEventDialog } from './case-event.dialog.ts';
import type { ClassificationDialog } from './classification.dialog.ts';
import type { GoalPlanDialog } from './goal-plan.dialog.ts';
import type { HandOverDialog } from './hand-over.dialog.ts';
import type { LookupOwnerDialog } from './lookup-owner.dialog.ts';
import type { RegisterConcernDialog } from './register-concern.dialog.ts';
import type { CommandMatch } from './commands.ts';
import { turnInfo } from './turn-info.ts';
import { retireSubmittedForm } from './reply.ts';
import type { DialogServices } from './services.ts';
import type { TakeCaseDialog } from './take-case.dialog.ts';

/** The dialogs card buttons lead to (the same instances the text commands use). */
export interface CardDialogs {
  readonly concern: RegisterConcernDialog;
  readonly arrears: ArrearsReportDialog;
  readonly lookup: LookupOwnerDialog;
  readonly handOver: HandOverDialog;
  readonly plan: GoalPlanDialog;
  readonly classify: ClassificationDialog;
  readonly resolution: CaseResolutionDialog;
  readonly events: CaseEventDialog;
  readonly access: AccessDialog;
  readonly take: TakeCaseDialog;
  /** Starts any task as if typed (help-card buttons, "Mente du …?", the ask-for-case card). */
  readonly tasks: { startTask(context: TurnContext, command: CommandMatch): Promise<void> };
}

/**
 * Every card button Husly emits, by verb. Each card carries what its handler needs, so a
 * button still works after a restart; tests/dialogs/card-routes.test.ts checks that every
 * verb on every card has a route here whose schema accepts the card's data.
 */
export function cardRoutes(services: DialogServices, d: CardDialogs): CardRouter {
  const inPlace = new InPlaceActions(services);
  const proposals = new ProposalActions(services);
  return (
    new CardRouter()
      .onSubmit(TASK_START, async (c, { task, argument, once }) => {
        // "Mente du …?" and "which case?" are answered once: the card closes. The help card's
        // buttons stay, like a menu.
        if (once) await retireSubmittedForm(c, chosenCard(turnInfo(c).texts, task));
        await d.tasks.startTask(c, { id: task, argument: argument.trim() });
      })
      .onSubmit(CONCERN_SUBMIT, (c, form) => d.concern.submit(c, form))
      .onSubmit(ARREARS_SUBMIT, (c, form) => d.arrears.submit(c, form))
      .onSubmit(REPORT_REQUEST, (c, form) => requestReport(c, services, form))
      .onSubmit(LOOKUP_QUERY, (c, { query }) => d.lookup.fromText(c, query))
      .onSubmit(LOOKUP_PURPOSE, (c, purpose) => d.lookup.onPurpose(c, purpose))
      .onSubmit(LOOKUP_CHOOSE, (c, choice) => d.lookup.onChoose(c, choice))
      .onSubmit(CASE_OPEN, (c, { caseId }) => d.lookup.showCase(c, caseId))
      .onSubmit(TAKE_FROM_ANSWER, (c, target) => d.take.fromAnswer(c, target))
      .onSubmit(HANDOVER_START, (c, target) => d.handOver.startFromCard(c, target))
      .onSubmit(HANDOVER_SUBMIT, (c, form) => d.handOver.submit(c, form))
      .onSubmit(PLAN_START, (c, target) => d.plan.start(c, target))
      .onSubmit(PLAN_SHOW, (c, target) => d.plan.show(c, target))
      .onSubmit(PLAN_CREATE, (c, form) => d.plan.onCreate(c, form))
      .onSubmit(PLAN_ADD_GOAL, (c, form) => d.plan.change(c, 'goal', form))
      .onSubmit(PLAN_ADD_MEASURE, (c, form) => d.plan.change(c, 'measure', form))
      .onSubmit(PLAN_EVALUATE, (c, form) => d.plan.change(c, 'evaluation', form))
      .onSubmit(PLAN_ADD_PARTICIPANT, (c, form) => d.plan.change(c, 'participant', form))
      .onSubmit(PLAN_REMOVE_PARTICIPANT, (c, form) => d.plan.removeParticipant(c, form))
      .onSubmit(PLAN_DETAILS, (c, form) => d.plan.change(c, 'details', form))
      .onSubmit(PLAN_CLOSE, (c, form) => d.plan.change(c, 'close', form))
      .onSubmit(PLAN_PRINT, (c, target) => d.plan.print(c, target))
      .onSubmit(PLAN_MOVE, (c, target) => d.plan.move(c, target))
      .onSubmit(PLAN_STATUS, (c, choice) => d.plan.setMeasureStatus(c, choice))
      .onSubmit(CLASSIFY_START, (c, target) => d.classify.start(c, target))
      .onSubmit(CLASSIFY_SUBMIT, (c, form) => d.classify.submit(c, form))
      .onSubmit(PAID_START, (c, target) => d.resolution.startPaid(c, target))
      .onSubmit(PAID_SUBMIT, (c, form) => d.resolution.submitPaid(c, form))
      .onSubmit(CLOSE_START, (c, target) => d.resolution.startClose(c, target))
      .onSubmit(CLOSE_SUBMIT, (c, form) => d.resolution.submitClose(c, form))
      .onSubmit(EVENT_START, (c, target) => d.events.start(c, target))
      .onSubmit(EVENT_PICK, (c, pick) => d.events.pick(c, pick))
      .onSubmit(EVENT_SUBMIT, (c, form) => d.events.submit(c, form))
      .onSubmit(GRANT_START, (c, target) => d.access.startGrant(c, target))
      .onSubmit(GRANT_SUBMIT, (c, form) => d.access.submitGrant(c, form))
      .onSubmit(GRANT_END, (c, grant) => d.access.endGrant(c, grant))
      .onSubmit(CONSENT_START, (c, target) => d.access.startConsent(c, target))
      .onSubmit(CONSENT_SUBMIT, (c, form) => d.access.submitConsent(c, form))
      .onSubmit(CONSENT_WITHDRAW, (c, consent) => d.access.withdrawConsent(c, consent))
      .onSubmit(BREAKGLASS_START, (c, target) => d.access.startBreakGlass(c, target))
      .onSubmit(BREAKGLASS_SUBMIT, (c, form) => d.access.submitBreakGlass(c, form))
      // Action.Execute: redrawn in place, wherever the card is.
      .onExecute(TAKE_CASE, (c, target) => inPlace.takeCase(c, target))
      .onExecute(REMINDER_DONE, (c, press) => inPlace.reminderDone(c, press))
      .onExecute(REMINDER_SNOOZE, (c, press) => inPlace.reminderSnooze(c, press))
      .onExecute(REMINDER_HAND_OVER, (c, press) => inPlace.reminderHandOver(c, press))
      .onExecute(HANDOVER_ACCEPT, (c, press) => proposals.accept(c, press))
      .onExecute(HANDOVER_DECLINE, (c, press) => proposals.decline(c, press))
      .onExecute(LEVEL_REVIEW_KEEP, (c, press) => proposals.keep(c, press))
      .onExecute(LEVEL_REVIEW_TAKE, (c, press) => proposals.accept(c, press))
      .onExecute(OVERVIEW_REFRESH, (c, press) => refreshOverview(c, services, press))
  );
}
