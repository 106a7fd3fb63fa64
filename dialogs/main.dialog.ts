import {
  CardFactory,
  MessageFactory,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { localDate } from '../src/domain/common/local-date.ts';
import { isAdmin, isLeader } from '../src/domain/org/org.ts';
import { cardRoutes } from './card-routes.ts';
import type { CardRouter, ExecuteResponse } from './card-router.ts';
import type { CardVerb } from './cards/card-verb.ts';
import type { AdaptiveCard } from './cards/adaptive-card.ts';
import { helpCard } from './cards/help.card.ts';
import { askArgumentCard, didYouMeanCard } from './cards/task.cards.ts';
import { AccessDialog } from './access.dialog.ts';
import { ArrearsReportDialog } from './arrears-report.dialog.ts';
import { showOverview } from './overview.dialog.ts';
import { showReport } from './report.dialog.ts';
import { scheduleWorklist } from './worklist-schedule.dialog.ts';
import { showWorklist } from './worklist.dialog.ts';
import { showAccessReview } from './access-review.dialog.ts';
import {
  CHANNEL_COMMANDS,
  classifyLookup,
  menuCommand,
  type CommandId,
  type CommandMatch,
} from './commands.ts';
import { CaseResolutionDialog } from './case-resolution.dialog.ts';
import { CaseEventDialog } from './case-event.dialog.ts';
import { ClassificationDialog } from './classification.dialog.ts';
import { GoalPlanDialog } from './goal-plan.dialog.ts';
import { HandOverDialog } from './hand-over.dialog.ts';
import { LinkChannelDialog, type WaitingFor } from './link-channel.dialog.ts';
import { LookupOwnerDialog } from './lookup-owner.dialog.ts';
import { showMyCases } from './my-cases.dialog.ts';
import { routing } from './routing.dialog.ts';
import { showReminders } from './reminders.dialog.ts';
import { RegisterConcernDialog } from './register-concern.dialog.ts';
import type { DialogServices } from './services.ts';
import { TakeCaseDialog } from './take-case.dialog.ts';
import { turnInfo } from './turn-info.ts';
import { sharedUnderstander } from './understanding/shared-understander.ts';
import { NEEDS_CASE } from './understanding/task-arguments.ts';

export type { DialogServices };

type Handler = (context: TurnContext, command: CommandMatch) => Promise<unknown>;

/** Longer messages get "skriv det kortere" instead of the intent model. */
const MAX_UNDERSTOOD_LENGTH = 500;

/**
 * Routes a message from an identified staff member: "hjelp" and "avbryt" work at any time,
 * an answer goes to the dialog waiting for it, and a new command replaces an unfinished one.
 */
export class MainDialog {
  private readonly linkChannel: LinkChannelDialog;
  private readonly handlers: Readonly<Record<CommandId, Handler>>;
  /** Card buttons (Action.Submit and Action.Execute) by verb, each with its payload's schema. */
  private readonly cards: CardRouter;
  private readonly lookup: LookupOwnerDialog;

  constructor(
    private readonly waiting: StatePropertyAccessor<WaitingFor>,
    private readonly services: DialogServices,
  ) {
    this.linkChannel = new LinkChannelDialog(services.linkChannel, waiting);
    const concern = new RegisterConcernDialog(services);
    const arrears = new ArrearsReportDialog(services);
    const lookup = new LookupOwnerDialog(services);
    const handOver = new HandOverDialog(services);
    const plan = new GoalPlanDialog(services);
    const classify = new ClassificationDialog(services);
    const resolution = new CaseResolutionDialog(services);
    const events = new CaseEventDialog(services);
    const access = new AccessDialog(services);
    const take = new TakeCaseDialog(services);
    this.lookup = lookup;
    this.handlers = {
      help: (context) => sendHelp(context),
      cancel: (context) => this.cancel(context),
      linkChannel: (context, command) => this.linkChannel.start(context, command.argument),
      newConcern: (context, command) => concern.start(context, { name: command.argument }),
      arrearsReport: (context) => arrears.start(context),
      whoOwns: (context, command) => lookup.fromText(context, command.argument),
      handOver: (context, command) => handOver.start(context, command.argument),
      take: (context, command) => take.fromText(context, command.argument),
      myCases: (context) => showMyCases(context, services),
      startPlan: (context, command) => plan.startFromText(context, command.argument),
      showPlan: (context, command) => plan.showFromText(context, command.argument),
      classify: (context, command) => classify.start(context, { argument: command.argument }),
      routing: (context, command) => routing(context, services, command.argument),
      reminders: (context, command) => showReminders(context, services, command.argument),
      arrearsPaid: (context, command) =>
        resolution.startPaid(context, { argument: command.argument }),
      closeCase: (context, command) =>
        resolution.startClose(context, { argument: command.argument }),
      recordEvent: (context, command) => events.start(context, { argument: command.argument }),
      grantAccess: (context, command) => access.startGrant(context, { argument: command.argument }),
      consent: (context, command) => access.startConsent(context, { argument: command.argument }),
      breakGlass: (context, command) =>
        access.startBreakGlass(context, { argument: command.argument }),
      accessReview: (context, command) => showAccessReview(context, services, command.argument),
      worklist: (context) => showWorklist(context, services),
      overview: (context, command) => showOverview(context, services, command.argument),
      report: (context, command) => showReport(context, services, command.argument),
      worklistSchedule: (context, command) => scheduleWorklist(context, services, command.argument),
    };
    this.cards = cardRoutes(services, {
      concern,
      arrears,
      lookup,
      handOver,
      plan,
      classify,
      resolution,
      events,
      access,
      take,
      tasks: this,
    });
  }

  /** An Action.Execute press on a card ("Ta saken", Utført/Utsett/Overfør): redrawn in place. */
  onExecute(context: TurnContext): Promise<ExecuteResponse> {
    return this.cards.execute(context);
  }

  /**
   * Husly was just installed here: the welcome, and in a channel a unit is already linked to,
   * that unit's cases nobody has taken (each with "Ta saken"), so none is left unseen.
   */
  async onInstalled(context: TurnContext, firstName?: string): Promise<void> {
    await sendHelp(context, { firstName });
    const { conversation, texts } = turnInfo(context);
    const added = await this.services.linkChannel.addedTo(conversation);
    if (!added) return;
    const { posted, alreadyThere, notPosted } = added.cards;
    await context.sendActivity(
      `${texts.linkChannel.alreadyLinked(added.unit.name)} ` +
        texts.linkChannel.posted(posted, alreadyThere, notPosted),
    );
  }

  /** Command ids that have a handler (checked against the manifest in tests). */
  handledCommands(): CommandId[] {
    return Object.keys(this.handlers) as CommandId[];
  }

  /** Card verbs that have a route (checked against every card's buttons in tests). */
  cardRoutes(): readonly CardVerb[] {
    return this.cards.list();
  }

  async onMessage(context: TurnContext): Promise<void> {
    const { texts } = turnInfo(context);
    const press = this.cards.submitted(context.activity);
    if (press === 'unknown') return void (await context.sendActivity(texts.unknownCommand));
    // A button pressed in a channel or group chat is answered in the presser's personal chat.
    if (press) {
      const shared = turnInfo(context).conversation.type !== 'personal';
      return shared ? this.inPersonalChat(context, press) : press(context);
    }
    const text = context.activity.text ?? '';
    const command = menuCommand(text);
    if (command) return this.dispatch(context, command, { askForCase: false });
    // An answer to the one question that waits for typed text (which unit a channel serves).
    if ((await this.waiting.get(context))?.question === 'linkChannel.unit')
      return this.linkChannel.answer(context);
    return this.understandAndRun(context, text);
  }

  /**
   * A sentence that is not one of the exact commands: the intent model decides. Sure: the task
   * starts with what the sentence named. Unsure: "Mente du …?" with the two likeliest. Nothing
   * close: the help card's buttons, so the user still has a way on.
   */
  private async understandAndRun(context: TurnContext, text: string): Promise<void> {
    const { texts, actor, conversation } = turnInfo(context);
    // A message longer than anyone types to ask for a task is not read word by word.
    if (text.length > MAX_UNDERSTOOD_LENGTH)
      return void (await context.sendActivity(texts.understanding.tooLong));
    const today = localDate(this.services.clock.now(), this.services.timeZone);
    const understood = await (await sharedUnderstander()).understand(text, today);
    switch (understood.kind) {
      case 'task':
        return this.dispatch(context, understood.command, { askForCase: true });
      case 'smallTalk':
        await context.sendActivity(
          understood.which === 'greeting'
            ? texts.understanding.greeting(actor.staff.name.split(' ')[0] || null)
            : texts.understanding.thanks,
        );
        return;
      case 'unsure':
        // Its buttons repeat the number or name that was typed: not for a channel's readers.
        if (conversation.type !== 'personal')
          return this.inPersonalChat(
            context,
            (personal) => sendCard(personal, didYouMeanCard(texts, understood.candidates)),
            texts.channel.noPersonalData,
          );
        return sendCard(context, didYouMeanCard(texts, understood.candidates));
      case 'unknown':
        return sendHelp(context, { notUnderstood: true });
    }
  }

  /** A task from a button: the help card, "Mente du …?" or the card asking for the case. */
  startTask(context: TurnContext, command: CommandMatch): Promise<void> {
    return this.dispatch(context, command, { askForCase: true });
  }

  /**
   * Runs a task where it may be answered: in a channel, only what shows no resident (owner
   * facts by reference); everything else in the asker's personal chat.
   */
  private async dispatch(
    context: TurnContext,
    command: CommandMatch,
    options: { readonly askForCase: boolean },
  ): Promise<void> {
    const { conversation, texts } = turnInfo(context);
    const shared = conversation.type !== 'personal';
    const run = (turn: TurnContext) => this.run(turn, command, options);
    if (shared && !CHANNEL_COMMANDS.has(command.id)) return this.inPersonalChat(context, run);
    if (shared && command.id === 'whoOwns') {
      const target = classifyLookup(command.argument);
      if (target.kind === 'reference') return this.lookup.inChannel(context, target.reference);
      // A person lookup is never answered where others can read it; the number or name they
      // typed is already there.
      if (target.kind !== 'none')
        return this.inPersonalChat(context, run, texts.channel.noPersonalData);
    }
    return run(context);
  }

  /**
   * Runs a command; a new task replaces an unfinished one ("hjelp" and "avbryt" do not). A task
   * started from a button or a sentence without the case it needs first asks for it.
   */
  private async run(
    context: TurnContext,
    command: CommandMatch,
    options: { readonly askForCase: boolean },
  ): Promise<void> {
    if (command.id !== 'help' && command.id !== 'cancel') await this.waiting.delete(context);
    if (options.askForCase && !command.argument && NEEDS_CASE.has(command.id)) {
      const { texts } = turnInfo(context);
      return sendCard(context, askArgumentCard(texts, command.id));
    }
    await this.handlers[command.id](context, command);
  }

  /** "avbryt": drops the question Husly waits for, if any, and says which. */
  private async cancel(context: TurnContext): Promise<void> {
    const { texts } = turnInfo(context);
    const active = (await this.waiting.get(context))?.question !== undefined;
    await this.waiting.delete(context);
    await context.sendActivity(active ? texts.cancelled : texts.nothingToCancel);
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

async function sendHelp(
  context: TurnContext,
  options: { readonly firstName?: string; readonly notUnderstood?: boolean } = {},
): Promise<void> {
  const { actor, texts, conversation } = turnInfo(context);
  const card = helpCard(texts, {
    ...options,
    isAdmin: isAdmin(actor.staff),
    isLeader: isLeader(actor.staff),
    // Coordinators, leaders and admins (statistics.overview); the service decides on a press.
    mayOverview: actor.staff.role !== 'saksbehandler',
    inChannel: conversation.type !== 'personal',
  });
  await sendCard(context, card);
}

async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}
