import { randomBytes } from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type BotState,
  type TurnContext,
} from 'botbuilder';
import { textsFor } from '../../dialogs/texts/index.ts';
import type { Config } from '../config.ts';
import { safe, type Logger } from '../log.ts';

/**
 * The Bot Framework edge. With no app id it runs in local mode (no token checks, for the
 * playground and tests); with an app id every inbound request must carry a valid Bot
 * Framework JWT, and CloudAdapter answers 401 before any of our code runs.
 */
export function createAdapter(bot: Config['bot'], logger: Logger, state: BotState): CloudAdapter {
  const settings = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    // Local mode has no app registration, so no app type either (botbuilder rejects SingleTenant without an id).
    MicrosoftAppType: bot.appId ? bot.appType : undefined,
    MicrosoftAppTenantId: bot.appTenantId,
  };
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings)),
  );
  adapter.onTurnError = turnErrorHandler(logger, state);
  return adapter;
}

/** A short id the user can quote to an admin, who finds the matching log line. */
export const newErrorId = (): string => randomBytes(4).toString('hex').toUpperCase();

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
      frames: String(err.stack ?? '').split('\n').slice(1, 8).map((l) => l.trim()),
    });
    try {
      await state.delete(context);
      await state.saveChanges(context, true);
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
