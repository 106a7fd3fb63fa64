import { randomBytes } from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type BotState,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import { textsFor } from '../../dialogs/texts/index.ts';
import type { Config } from '../config.ts';
import { safe, type Logger } from '../log.ts';

export interface ActivityResult {
  readonly status: number;
  readonly body?: unknown;
}

/**
 * CloudAdapter with authentication as an explicit first step. With no app id it runs in local
 * mode (no token checks, for the playground and tests); with an app id every inbound activity
 * must carry a valid Bot Framework JWT. An invalid or missing token is 401; a token that cannot
 * be checked because Microsoft's signing keys are unreachable is 503 (the channel retries).
 * Either way no turn runs, nothing is stored, and no internal error text is sent back.
 */
export class HuslyAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly logger: Logger,
    /** HUSLY_LOCALE: one language for every activity, in place of the one Teams reports. */
    private readonly fixedLocale: string | null = null,
  ) {
    super(auth);
  }

  async handleActivity(
    body: unknown,
    authorization: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<ActivityResult> {
    const activity = body as Partial<Activity>;
    if (typeof activity.type !== 'string' || activity.type === '')
      return { status: 400, body: { error: 'missing_activity_type' } };
    if (this.fixedLocale) activity.locale = this.fixedLocale;
    for (const field of ['timestamp', 'localTimestamp'] as const)
      if (typeof activity[field] === 'string')
        (activity as Record<string, unknown>)[field] = new Date(activity[field]);

    let identity: AuthenticateRequestResult;
    try {
      identity = await this.botFrameworkAuthentication.authenticateRequest(
        activity as Activity,
        authorization,
      );
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 401 || status === 403) {
        this.logger.warn({ event: 'auth.rejected', status });
        return { status: 401, body: { error: 'unauthorized' } };
      }
      this.logger.error({
        event: 'auth.unavailable',
        code: safe((error as { code?: string }).code ?? (error as Error).name),
      });
      return { status: 503, body: { error: 'authentication_unavailable' } };
    }
    const invokeResponse = await this.processActivity(identity, activity as Activity, logic);
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  }
}

export function createAdapter(
  bot: Config['bot'],
  logger: Logger,
  state: BotState,
  fixedLocale: string | null = null,
): HuslyAdapter {
  const settings = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    // Local mode has no app registration, so no app type
    // either (botbuilder rejects SingleTenant without an id).
    MicrosoftAppType: bot.appId ? bot.appType : undefined,
    MicrosoftAppTenantId: bot.appTenantId,
  };
  const adapter = new HuslyAdapter(
    new ConfigurationBotFrameworkAuthentication(
      settings,
      new ConfigurationServiceClientCredentialFactory(settings),
    ),
    logger,
    fixedLocale,
  );
  adapter.onTurnError = turnErrorHandler(logger, state);
  return adapter;
}

/** A short id the user can quote to an admin, who finds the matching log line. */
const newErrorId = (): string => randomBytes(4).toString('hex').toUpperCase();

/**
 * Logs an error id and code — never the message, which may quote user input — tells the user
 * in Norwegian what to do, and drops the dialog state so the next message starts afresh.
 */
export function turnErrorHandler(logger: Logger, state: BotState) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const errorId = newErrorId();
    const err = error as Error & { code?: unknown; statusCode?: unknown };
    logger.error({
      event: 'turn.error',
      errorId,
      code: safe(err.code ?? err.name),
      status: typeof err.statusCode === 'number' ? err.statusCode : undefined,
      activityType: safe(context.activity?.type),
      // Stack frames only: the first line is the message, which may contain user input.
      frames: String(err.stack ?? '')
        .split('\n')
        .slice(1, 8)
        .map((l) => l.trim()),
    });
    try {
      await state.delete(context);
    } catch {
      logger.error({ event: 'turn.error.state', errorId });
    }
    if (context.activity?.type !== 'message') return;
    try {
      await context.sendActivity(textsFor(context.activity.locale).turnError(errorId));
    } catch {
      logger.error({ event: 'turn.error.reply', errorId });
    }
  };
}
