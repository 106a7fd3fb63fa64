import {
  CardFactory,
  MessageFactory,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { onExecute, type ExecuteResponse } from './card-actions.ts';
import { CONCERN_SUBMIT } from './cards/concern-form.card.ts';
import { HELP_LOOKUP, HELP_MY_CASES, HELP_NEW_CONCERN, helpCard } from './cards/help.card.ts';
import { CASE_OPEN } from './cards/reminder.cards.ts';
import {
  CLOSE_START,
  CLOSE_SUBMIT,
  PAID_START,
  PAID_SUBMIT,
} from './cards/case-resolution.cards.ts';
import { LOOKUP_CHOOSE, LOOKUP_PURPOSE, LOOKUP_QUERY } from './cards/lookup.cards.ts';
import {
  PLAN_ADD_GOAL,
  PLAN_ADD_MEASURE,
  PLAN_CREATE,
  PLAN_EVALUATE,
  PLAN_STATUS,
} from './cards/goal-plan.cards.ts';
import {
  BREAKGLASS_START,
  CLASSIFY_START,
  CONSENT_START,
  GRANT_START,
  HANDOVER_START,
  PLAN_SHOW,
  PLAN_START,
} from './cards/owner-answer.card.ts';
import {
  BREAKGLASS_SUBMIT,
  CONSENT_SUBMIT,
  CONSENT_WITHDRAW,
  GRANT_END,
  GRANT_SUBMIT,
} from './cards/access.cards.ts';
import { AccessDialog } from './access.dialog.ts';
import { showAccessReview } from './access-review.dialog.ts';
import { CLASSIFY_SUBMIT, HANDOVER_SUBMIT } from './cards/ownership.cards.ts';
import {
  CHANNEL_COMMANDS,
  classifyLookup,
  matchCommand,
  type CommandId,
  type CommandMatch,
} from './commands.ts';
import { CaseResolutionDialog } from './case-resolution.dialog.ts';
import { ClassificationDialog } from './classification.dialog.ts';
import { GoalPlanDialog } from './goal-plan.dialog.ts';
import { HandOverDialog } from './hand-over.dialog.ts';
import {
  LINK_CHANNEL_DIALOG,
  LinkChannelDialog,
  type LinkChannelOptions,
} from './link-channel.dialog.ts';
import { LookupOwnerDialog } from './lookup-owner.dialog.ts';
import { showMyCases } from './my-cases.dialog.ts';
import { routing } from './routing.dialog.ts';
import { showReminders } from './reminders.dialog.ts';
import { RegisterConcernDialog } from './register-concern.dialog.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

export type { DialogServices };

type Handler = (dc: DialogContext, command: CommandMatch) => Promise<unknown>;
type CardActionHandler = (context: TurnContext, value: unknown) => Promise<void>;

/**
 * Routes a message from an identified staff member: "hjelp" and "avbryt" work at any time,
 * an answer goes to the dialog waiting for it, and a new command replaces an unfinished one.
 */
export class MainDialog {
  private readonly dialogs: DialogSet;
  private readonly handlers: Readonly<Record<CommandId, Handler>>;
  /** Card submits (Action.Submit) by their `action`: each card carries what it needs, so they work after a restart. */
  private readonly cardActions: Readonly<Record<string, CardActionHandler>>;
  private readonly lookup: LookupOwnerDialog;

  constructor(
    dialogState: StatePropertyAccessor<DialogState>,
    private readonly services: DialogServices,
  ) {
    this.dialogs = new DialogSet(dialogState).add(new LinkChannelDialog(services.linkChannel));
    const concern = new RegisterConcernDialog(services);
    const lookup = new LookupOwnerDialog(services);
    const handOver = new HandOverDialog(services);
    const plan = new GoalPlanDialog(services);
    const classify = new ClassificationDialog(services);
    const resolution = new CaseResolutionDialog(services);
    const access = new AccessDialog(services);
    this.lookup = lookup;
    const caseIdOf = (v: unknown) =>
      String((v as { caseId?: unknown } | null)?.caseId ?? '').slice(0, 64);
    this.handlers = {
      help: (dc) => sendHelp(dc.context),
      cancel: (dc) => cancel(dc),
      linkChannel: (dc, command) =>
        dc.beginDialog(LINK_CHANNEL_DIALOG, {
          unitKey: command.argument,
        } satisfies LinkChannelOptions),
      newConcern: (dc) => concern.start(dc.context),
      whoOwns: (dc, command) => lookup.fromText(dc.context, command.argument),
      handOver: (dc, command) => handOver.start(dc.context, command.argument),
      myCases: (dc) => showMyCases(dc.context, services),
      startPlan: (dc, command) => plan.startFromText(dc.context, command.argument),
      showPlan: (dc, command) => plan.showFromText(dc.context, command.argument),
      classify: (dc, command) => classify.start(dc.context, { argument: command.argument }),
      routing: (dc, command) => routing(dc.context, services, command.argument),
      reminders: (dc, command) => showReminders(dc.context, services, command.argument),
      arrearsPaid: (dc, command) =>
        resolution.startPaid(dc.context, { argument: command.argument }),
      closeCase: (dc, command) => resolution.startClose(dc.context, { argument: command.argument }),
      grantAccess: (dc, command) => access.startGrant(dc.context, { argument: command.argument }),
      consent: (dc, command) => access.startConsent(dc.context, { argument: command.argument }),
      breakGlass: (dc, command) =>
        access.startBreakGlass(dc.context, { argument: command.argument }),
      accessReview: (dc, command) => showAccessReview(dc.context, services, command.argument),
    };
    this.cardActions = {
      [CONCERN_SUBMIT]: (c, v) => concern.submit(c, v),
      [HELP_NEW_CONCERN]: (c) => concern.start(c),
      [HELP_LOOKUP]: (c) => lookup.fromText(c, ''),
      [HELP_MY_CASES]: (c) => showMyCases(c, services),
      [LOOKUP_QUERY]: (c, v) => lookup.onQuery(c, v),
      [LOOKUP_PURPOSE]: (c, v) => lookup.onPurpose(c, v),
      [LOOKUP_CHOOSE]: (c, v) => lookup.onChoose(c, v),
      [HANDOVER_START]: (c, v) => handOver.startFromCard(c, v),
      [HANDOVER_SUBMIT]: (c, v) => handOver.submit(c, v),
      [PLAN_START]: (c, v) => plan.start(c, { caseId: caseIdOf(v) }),
      [PLAN_SHOW]: (c, v) => plan.show(c, { caseId: caseIdOf(v) }),
      [PLAN_CREATE]: (c, v) => plan.onCreate(c, v),
      [PLAN_ADD_GOAL]: (c, v) => plan.onChange(c, v, 'goal'),
      [PLAN_ADD_MEASURE]: (c, v) => plan.onChange(c, v, 'measure'),
      [PLAN_STATUS]: (c, v) => plan.onChange(c, v, 'status'),
      [PLAN_EVALUATE]: (c, v) => plan.onChange(c, v, 'evaluation'),
      [CLASSIFY_START]: (c, v) => classify.start(c, { caseId: caseIdOf(v) }),
      [CLASSIFY_SUBMIT]: (c, v) => classify.submit(c, v),
      [CASE_OPEN]: (c, v) => lookup.showCase(c, caseIdOf(v)),
      [PAID_START]: (c, v) => resolution.startPaid(c, { caseId: caseIdOf(v) }),
      [PAID_SUBMIT]: (c, v) => resolution.submitPaid(c, v),
      [CLOSE_START]: (c, v) => resolution.startClose(c, { caseId: caseIdOf(v) }),
      [CLOSE_SUBMIT]: (c, v) => resolution.submitClose(c, v),
      [GRANT_START]: (c, v) => access.startGrant(c, { caseId: caseIdOf(v) }),
      [GRANT_SUBMIT]: (c, v) => access.submitGrant(c, v),
      [GRANT_END]: (c, v) => access.endGrant(c, v),
      [CONSENT_START]: (c, v) => access.startConsent(c, { caseId: caseIdOf(v) }),
      [CONSENT_SUBMIT]: (c, v) => access.submitConsent(c, v),
      [CONSENT_WITHDRAW]: (c, v) => access.withdrawConsent(c, v),
      [BREAKGLASS_START]: (c, v) => access.startBreakGlass(c, { caseId: caseIdOf(v) }),
      [BREAKGLASS_SUBMIT]: (c, v) => access.submitBreakGlass(c, v),
    };
  }

  /** An Action.Execute press on a card (e.g. "Ta saken"). */
  onExecute(context: TurnContext): Promise<ExecuteResponse> {
    return onExecute(context, this.services);
  }

  /** Command ids that have a handler (checked against the manifest in tests). */
  handledCommands(): CommandId[] {
    return Object.keys(this.handlers) as CommandId[];
  }

  async onMessage(context: TurnContext): Promise<void> {
    const { conversation, texts } = turnInfo(context);
    const shared = conversation.type !== 'personal';
    const action = (context.activity.value as { action?: unknown } | undefined)?.action;
    if (typeof action === 'string' && !context.activity.text) {
      const handler = Object.hasOwn(this.cardActions, action)
        ? this.cardActions[action]
        : undefined;
      if (!handler) return void (await context.sendActivity(texts.unknownCommand));
      const value = context.activity.value;
      // A button pressed in a channel or group chat is answered in the presser's personal chat.
      if (shared) return this.inPersonalChat(context, (personal) => handler(personal, value));
      return handler(context, value);
    }
    const command = matchCommand(context.activity.text ?? '');
    if (shared && command && !CHANNEL_COMMANDS.has(command.id))
      return this.inPersonalChat(context, (personal) => this.run(personal, command));
    if (shared && command?.id === 'whoOwns') {
      const target = classifyLookup(command.argument);
      if (target.kind === 'reference') return this.lookup.inChannel(context, target.reference);
      // A person lookup is never answered where others can read it; the number or name they typed is already there.
      if (target.kind !== 'none')
        return this.inPersonalChat(
          context,
          (personal) => this.run(personal, command),
          texts.channel.noPersonalData,
        );
    }
    const dc = await this.dialogs.createContext(context);
    if (command?.id === 'help' || command?.id === 'cancel') {
      await this.handlers[command.id](dc, command);
      return;
    }
    if (command) {
      await dc.cancelAllDialogs();
      await this.handlers[command.id](dc, command);
      return;
    }
    if (dc.activeDialog) {
      await dc.continueDialog();
      return;
    }
    await context.sendActivity(texts.unknownCommand);
  }

  /** Runs a command from scratch (a new command replaces an unfinished one). */
  private async run(context: TurnContext, command: CommandMatch): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await this.handlers[command.id](dc, command);
  }

  /**
   * Answers in the asker's personal chat and says so where they asked. Without a personal chat
   * with Husly (never opened), the asker is told how to get one; nothing is shown here.
   */
  private async inPersonalChat(
    context: TurnContext,
    work: (personal: TurnContext) => Promise<void>,
    warning?: string,
  ): Promise<void> {
    const { texts } = turnInfo(context);
    const ran = await this.services.personalChat.run(context, work);
    const note = ran ? texts.channel.sentToPersonal : texts.errors['CHANNEL.PERSONAL_ONLY'];
    await context.sendActivity(warning ? `${note} ${warning}` : note);
  }
}

export async function sendHelp(context: TurnContext, firstName?: string): Promise<void> {
  const { actor, texts, conversation } = turnInfo(context);
  const card = helpCard(texts, {
    firstName,
    isAdmin: actor.staff.role === 'admin',
    isLeader: actor.staff.role === 'leder',
    inChannel: conversation.type !== 'personal',
  });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

async function cancel(dc: DialogContext): Promise<void> {
  const { texts } = turnInfo(dc.context);
  const active = dc.activeDialog !== undefined;
  await dc.cancelAllDialogs();
  await dc.context.sendActivity(active ? texts.cancelled : texts.nothingToCancel);
}
