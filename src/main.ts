import { sharedUnderstander } from '../dialogs/understanding/shared-understander.ts';
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MainDialog } from '../dialogs/main.dialog.ts';
import { createAdapter } from './bot/adapter.ts';
import { DbStorage } from './bot/db-storage.ts';
import { DialogStateStore } from './bot/dialog-state.ts';
import { HuslyBot } from './bot/husly-bot.ts';
import { TeamsNotifier } from './bot/teams-notifier.ts';
import { OutboxNotifier } from './domain/notify/outbox-notifier.ts';
import { PrismaNoticeOutbox } from './persistence/prisma-notice-outbox.ts';
import { TeamsCaseCards } from './bot/channel-case-cards.ts';
import { RegisterConcernService } from './domain/concern/register-concern.service.ts';
import { RoutingService } from './domain/concern/routing.service.ts';
import { GoalPlanService } from './domain/goal-plan/goal-plan.service.ts';
import { CaseInvolvementService } from './domain/access/case-involvement.service.ts';
import { CaseResolutionService } from './domain/case/commands/case-resolution.service.ts';
import { CaseEventService } from './domain/case-event/case-event.service.ts';
import { ClassifyCaseService } from './domain/case/commands/classify-case.service.ts';
import { CaseFactsQuery } from './domain/case/queries/case-facts.query.ts';
import { OwnershipQueries } from './domain/ownership/queries/ownership.queries.ts';
import { CaseOwnershipService } from './domain/ownership/commands/case-ownership.service.ts';
import { HandOverProposalService } from './domain/ownership/commands/hand-over-proposal.service.ts';
import { LookupOwnerService } from './domain/ownership/queries/lookup-owner.service.ts';
import { AccessGate } from './domain/access/access-gate.ts';
import { BreakGlassService } from './domain/access/break-glass.service.ts';
import { ConsentService } from './domain/access/consent.service.ts';
import { AccessReviewService } from './domain/audit/access-review.service.ts';
import { OverviewService } from './domain/overview/overview.service.ts';
import { ReportService } from './domain/overview/report.service.ts';
import { reportDownload } from './report/report-download.ts';
import { planDownload } from './print/plan-download.ts';
import { PlanLinks } from './print/plan-link.ts';
import { planDocument } from '../dialogs/print/plan-document.ts';
import { nb } from '../dialogs/texts/nb.ts';
import { ok } from './domain/common/result.ts';
import { REPORT_LABELS } from './report/report-labels.ts';
import { ReportLinks } from './report/report-link.ts';
import { WorklistService } from './domain/overview/worklist.service.ts';
import { WorklistPoster } from './domain/overview/worklist-poster.ts';
import { WorklistScheduleService } from './domain/overview/worklist-schedule.service.ts';
import { TeamsPersonalChat } from './bot/personal-chat.ts';
import { loadConfig, type Config } from './config.ts';
import { IdentifyActorService } from './domain/actor/identify-actor.service.ts';
import { LinkChannelService } from './domain/channel/link-channel.service.ts';
import { RecordConversationService } from './domain/conversation/record-conversation.service.ts';
import { shiftedClock, systemClock, type Clock } from './domain/common/clock.ts';
import { createLogger, type Logger } from './log.ts';
import { openDatabase, type Database } from './persistence/database.ts';
import { PrismaReminderOutbox } from './persistence/prisma-reminder-outbox.ts';
import { TeamsReminderNotifier } from './bot/teams-reminder-notifier.ts';
import { DEFAULT_RETRY_POLICY } from './domain/reminder/delivery-policy.ts';
import { SendRateLimiter } from './domain/reminder/rate-limiter.ts';
import { ReminderActionsService } from './domain/reminder/reminder-actions.service.ts';
import { ReminderQueryService } from './domain/reminder/reminder-query.service.ts';
import { ReminderPlannerService } from './domain/reminder/reminder-planner.service.ts';
import { ReminderService } from './domain/reminder/reminder.service.ts';
import { ReminderScheduler } from './scheduler/reminder-scheduler.ts';
import { replanInSlices } from './scheduler/replan-in-slices.ts';
import { RetentionScheduler } from './scheduler/retention-scheduler.ts';
import { RetentionService } from './domain/retention/retention.service.ts';
import { PrismaRetentionStore } from './persistence/prisma-retention.store.ts';
import { seedDemoMunicipality } from './persistence/demo-seed.ts';
import { PrismaBotStateStore } from './persistence/prisma-bot-state.store.ts';
import { PrismaUnitOfWork, repositoriesFor } from './persistence/prisma-unit-of-work.ts';
import { createHttpServer } from './server/http-server.ts';

/** Composition root: the only module that knows every layer. */

/** Rows an outbox claims at a time; a full batch means more are due now. */
const OUTBOX_BATCH = 200;

export interface RunningHusly {
  readonly port: number;
  /** Settles when the follow-ups of the open cases found at start are planned. */
  readonly replanned: Promise<void>;
  /** Runs one reminder tick now (tests, and operators who do not want to wait). */
  tickReminders(): Promise<unknown>;
  /** Runs one notice outbox tick now (retries of notices that did not go out at once). */
  tickNotices(): Promise<unknown>;
  /** Posts the weekly worklists that are due now (units' channels). */
  tickWorklists(): Promise<unknown>;
  stop(): Promise<void>;
}

/** Plans the follow-ups of every open case, in slices, so turns are answered meanwhile. */
async function replanOpenCases(
  db: Database,
  planner: ReminderPlannerService,
  logger: Logger,
): Promise<void> {
  try {
    const open = await db.prisma.case.findMany({ where: { status: 'open' }, select: { id: true } });
    logger.info({ event: 'reminders.replan.started', cases: open.length });
    const outcome = await replanInSlices(
      open.map((c) => c.id),
      (id) => planner.replan(id),
    );
    logger.info({ event: 'reminders.replan.finished', ...outcome });
  } catch (error) {
    logger.error({ event: 'reminders.replan.error', code: (error as Error).name });
  }
}

export async function startHusly(
  config: Config,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<RunningHusly> {
  const started = Date.now();
  // The intent model trains from the committed corpus (about a second) while the database opens;
  // Husly listens only once it is ready, so no one's first sentence waits for it.
  const understanding = sharedUnderstander().then((u) => ({ u, ms: Date.now() - started }));
  const db = await openDatabase(config.databaseUrl);
  if (db.appliedMigrations.length > 0)
    logger.info({ event: 'db.migrated', migrations: db.appliedMigrations });
  if (
    config.mode === 'development' &&
    (await seedDemoMunicipality(db.prisma, config.idSecret, clock.now(), config.timeZone))
  )
    logger.info({ event: 'db.seeded', what: 'demo-kommune' });

  const uow = new PrismaUnitOfWork(db.prisma, config.timeZone, db.reader);
  const repos = repositoriesFor(db.prisma, config.timeZone);
  const gate = new AccessGate(clock, {
    involvementExpiryDays: config.involvementExpiryDays,
    lookupLimitPerHour: config.lookupLimitPerHour,
  });
  // Who is calling is read on the read-only connection (cached for a while); refusals are
  // audited on the writing one.
  const identify = new IdentifyActorService(repositoriesFor(db.reader).org, repos.audit, gate, {
    allowedTenants: config.allowedTenants,
  });
  const state = new DialogStateStore(new DbStorage(new PrismaBotStateStore(db.prisma), clock));
  const adapter = createAdapter(config.bot, logger, state, config.fixedLocale);
  // One budget for the broadcasts: reminders and notices (hand-overs, weekly worklists). A case
  // card's update in a channel is awaited in the turn that changed the case, one per action, so
  // it goes at once, as replies do: in the limiter it could wait a second behind that turn's
  // own notice to the same channel.
  const sendLimiter = new SendRateLimiter(1_000, config.reminderMaxPerSecond);
  // Every notice is kept in the notice outbox until it is sent (domain/notify/outbox-notifier.ts).
  const notices = new OutboxNotifier(
    new PrismaNoticeOutbox(db.prisma),
    new TeamsNotifier(
      adapter,
      config.bot.appId,
      uow,
      logger,
      config.reminderSendTimeoutSeconds * 1000,
      sendLimiter,
    ),
    uow,
    clock,
    {
      owner: `husly-${process.pid}-${randomUUID().slice(0, 8)}`,
      leaseMs: config.reminderLeaseSeconds * 1000,
      batchSize: OUTBOX_BATCH,
      retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: config.reminderMaxAttempts },
      secret: config.idSecret,
    },
  );
  const notifier = notices;
  const worklist = new WorklistService(uow, gate, clock, config.timeZone);
  const allowSyntheticIds = config.mode === 'development';
  const outbox = new PrismaReminderOutbox(db.prisma);
  const planner = new ReminderPlannerService(
    uow,
    outbox,
    clock,
    config.reminderSettings,
    config.timeZone,
  );
  const listener = { caseChanged: (caseId: string) => planner.replan(caseId) };
  const caseFacts = new CaseFactsQuery(uow);
  const ownership = new CaseOwnershipService(uow, gate, notifier, clock);
  const proposals = new HandOverProposalService(
    uow,
    gate,
    notifier,
    ownership,
    outbox,
    clock,
    config.timeZone,
  );
  const reports = new ReportService(uow, gate, clock, config.timeZone, REPORT_LABELS);
  // Links point at HUSLY_PUBLIC_URL, else at the port Husly really listens on (known after listen).
  let listeningPort = config.port;
  const reportLinks = new ReportLinks(
    config.idSecret,
    () => config.publicUrl ?? `http://localhost:${listeningPort}`,
    clock,
  );
  const planLinks = new PlanLinks(
    config.idSecret,
    () => config.publicUrl ?? `http://localhost:${listeningPort}`,
    clock,
  );
  const plans = new GoalPlanService(
    uow,
    gate,
    clock,
    config.timeZone,
    listener,
    config.planSettings,
  );
  const main = new MainDialog(state.createProperty('dialogState'), {
    personalChat: new TeamsPersonalChat(adapter, config.bot.appId, uow, state, logger),
    caseCards: new TeamsCaseCards(
      adapter,
      config.bot.appId,
      uow,
      caseFacts,
      clock,
      config.timeZone,
      logger,
    ),
    consents: new ConsentService(uow, gate, clock, config.timeZone),
    breakGlass: new BreakGlassService(uow, gate, notifier, outbox, clock, config.timeZone),
    accessReview: new AccessReviewService(uow, gate, {
      timeZone: config.timeZone,
      manyPeopleThreshold: config.reviewManyPeople,
    }),
    worklist,
    worklistSchedule: new WorklistScheduleService(
      uow,
      gate,
      new PrismaNoticeOutbox(db.prisma),
      config.timeZone,
    ),
    overview: new OverviewService(uow, gate, clock, config.timeZone),
    reports,
    reportLinks,
    planLinks,
    linkChannel: new LinkChannelService(uow, gate, notifier, config.timeZone),
    registerConcern: new RegisterConcernService(
      uow,
      gate,
      notifier,
      clock,
      { idSecret: config.idSecret, timeZone: config.timeZone },
      listener,
    ),
    lookupOwner: new LookupOwnerService(uow, gate, notifier, clock, {
      idSecret: config.idSecret,
      allowSyntheticIds,
    }),
    ownership,
    proposals,
    ownershipQueries: new OwnershipQueries(uow, gate),
    caseFacts,
    classify: new ClassifyCaseService(uow, gate, clock, proposals),
    involvement: new CaseInvolvementService(uow, gate, notifier, clock),
    resolution: new CaseResolutionService(uow, gate, clock, config.timeZone, listener),
    caseEvents: new CaseEventService(uow, gate, clock, config.timeZone, listener),
    plans,
    reminderActions: new ReminderActionsService(
      uow,
      gate,
      outbox,
      clock,
      config.reminderSettings,
      config.timeZone,
    ),
    reminderQuery: new ReminderQueryService(uow, gate, outbox, new PrismaNoticeOutbox(db.prisma)),
    routing: new RoutingService(uow, gate),
    clock,
    timeZone: config.timeZone,
    allowSyntheticIds,
  });
  const bot = new HuslyBot({
    identify,
    conversations: new RecordConversationService(uow, clock),
    main,
    state,
    logger,
  });

  let replanning = true;
  const http = createHttpServer({
    onActivity: (body, authorization) =>
      adapter.handleActivity(body, authorization, (context) => bot.run(context)),
    dbReady: () => db.ping(),
    // Listening starts before the intent model is ready: health checks see "starting", and a
    // turn that arrives waits for the model instead of being refused.
    ready: understanding.then(() => undefined),
    background: () => ({ reminders: replanning ? 'planning' : 'ok' }),
    onReportDownload: reportDownload(reportLinks, reports, clock),
    // The printed plan is in bokmål, the municipality's language (the link carries no locale).
    onPlanDownload: planDownload(
      planLinks,
      async (who, planId) => {
        const found = await plans.printable(who, planId);
        if (!found.ok) return found;
        const { view, printedBy } = found.value;
        return ok(
          planDocument(nb, view, { at: clock.now(), byName: printedBy, timeZone: config.timeZone }),
        );
      },
      clock,
    ),
    logger,
  });
  const reminders = new ReminderService(
    uow,
    outbox,
    new TeamsReminderNotifier(
      adapter,
      config.bot.appId,
      uow,
      sendLimiter,
      clock,
      config.timeZone,
      logger,
      config.reminderSendTimeoutSeconds * 1000,
    ),
    clock,
    {
      owner: `husly-${process.pid}-${randomUUID().slice(0, 8)}`,
      leaseMs: config.reminderLeaseSeconds * 1000,
      batchSize: OUTBOX_BATCH,
      retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: config.reminderMaxAttempts },
      settings: config.reminderSettings,
      timeZone: config.timeZone,
      concurrency: config.sendConcurrency,
    },
  );
  const scheduler = new ReminderScheduler(
    // A tick claims batch after batch itself while they are full (ReminderService.tick).
    (keepGoing) => reminders.tick(keepGoing),
    config.reminderIntervalSeconds * 1000,
    logger,
  );
  const noticeScheduler = new ReminderScheduler(
    () => notices.tick(),
    config.reminderIntervalSeconds * 1000,
    logger,
    'notices',
    OUTBOX_BATCH,
  );
  // The weekly worklist in units' channels, through the notice outbox (once per unit and week).
  const worklistPosts = new WorklistPoster(
    uow,
    worklist,
    notices,
    new PrismaNoticeOutbox(db.prisma),
    gate,
    config.timeZone,
  );
  const worklistScheduler = new ReminderScheduler(
    () => worklistPosts.tick(),
    config.reminderIntervalSeconds * 1000,
    logger,
    'worklists',
  );
  const retentionService = new RetentionService(
    new PrismaRetentionStore(db.prisma),
    gate,
    config.retention,
  );
  const retention = new RetentionScheduler(
    () => retentionService.run(clock.now(), 'server'),
    logger,
  );

  const port = await http.listen(config.port, config.listenHost);
  listeningPort = port;
  const trained = await understanding;
  logger.info({ event: 'nlu.trained', ms: trained.ms });
  // Cases from before this start (or from an import) get their follow-ups planned in the
  // background, in slices: turns are answered meanwhile. Reminder ticks wait for it; notices
  // already promised a retry do not.
  noticeScheduler.start();
  worklistScheduler.start();
  const replanned = replanOpenCases(db, planner, logger).then(() => {
    replanning = false;
    scheduler.start();
    retention.start();
  });
  logger.info({
    event: 'started',
    port,
    mode: config.mode,
    auth: config.bot.appId ? 'bot-framework-jwt' : 'local-no-auth',
    ms: Date.now() - started,
  });
  return {
    port,
    replanned,
    // A tick before the plans exist would find nothing due: it waits for them.
    tickReminders: async () => {
      await replanned;
      return scheduler.tickNow();
    },
    tickNotices: () => noticeScheduler.tickNow(),
    tickWorklists: () => worklistScheduler.tickNow(),
    async stop() {
      await http.close();
      await scheduler.stop();
      await noticeScheduler.stop();
      await worklistScheduler.stop();
      await retention.stop();
      await db.close();
      logger.info({ event: 'stopped' });
    },
  };
}

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    console.error(
      'Husly kan ikke starte: konfigurasjonen er ugyldig.\n  ' +
        `${loaded.problems.join('\n  ')}\nSe .env.example.`,
    );
    process.exit(1);
  }
  const logger = createLogger(loaded.config.logLevel);
  process.on('uncaughtException', (error) => {
    logger.fatal({
      event: 'uncaught',
      code: error.name,
      frames: String(error.stack).split('\n').slice(1, 8),
    });
    process.exit(1);
  });
  const husly = await startHusly(
    loaded.config,
    logger,
    shiftedClock(loaded.config.clockOffsetDays),
  );
  if (loaded.config.clockOffsetDays !== 0)
    logger.warn({ event: 'clock.shifted', days: loaded.config.clockOffsetDays });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'stopping', signal });
    husly.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

// Node resolves symlinks for the module's own URL, so the path it was started by is too (a
// release directory reached through a `current` symlink would otherwise start nothing).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error('Husly kunne ikke starte:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
