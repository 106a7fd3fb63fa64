import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../dialogs/cards/adaptive-card.ts';
import { replaceCardEverywhere } from '../../dialogs/reply.ts';
import { textsFor, type Texts } from '../../dialogs/texts/index.ts';
import { isReachable, type ConversationRef } from '../domain/conversation/conversation-ref.ts';
import type { UnitOfWork } from '../domain/common/unit-of-work.ts';
import { classifyHttpFailure, type SendFailure } from '../domain/reminder/delivery-policy.ts';

/**
 * Where Husly reaches a unit (its linked channel) or a person (their personal chat), if reachable.
 */
export function conversationFor(
  uow: UnitOfWork,
  to: { unitId: string } | { staffId: string },
): Promise<ConversationRef | null> {
  return uow.run(async ({ org, conversations }) => {
    let ref: ConversationRef | null;
    if ('unitId' in to) {
      const channel = (await org.findUnitById(to.unitId))?.channelConversationId;
      ref = channel ? await conversations.findByConversationId(channel) : null;
    } else {
      const staff = await org.findStaffById(to.staffId);
      ref = staff ? await conversations.findPersonalFor(staff.aadObjectId) : null;
    }
    return isReachable(ref) ? ref : null;
  });
}

/**
 * The catalogue for a proactive message into `ref`: a person's personal chat gets the language
 * of their Teams locale (stored from their last activity); a channel or group chat stays in
 * bokmål, since it has many readers and Teams gives it no locale of its own.
 */
export function textsForConversation(ref: ConversationRef): Texts {
  return textsFor(ref.conversationType === 'personal' ? ref.locale : 'nb');
}

/** The retry policy @azure/core-rest-pipeline puts in every ConnectorClient's pipeline. */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

interface PipelineOwner {
  readonly client?: {
    readonly pipeline?: {
      removePolicy(policy: { name: string }): unknown;
      addPolicy(policy: {
        name: string;
        sendRequest(
          request: { timeout: number },
          next: (request: unknown) => Promise<unknown>,
        ): Promise<unknown>;
      }): void;
    };
  };
}

/** Takes the SDK's retry out of this continuation's connector client, or limits its wait. */
function tuneConnector(
  adapter: CloudAdapter,
  context: TurnContext,
  options: { sdkRetries?: boolean; timeoutMs?: number },
): void {
  const pipeline = context.turnState.get<PipelineOwner | undefined>(adapter.ConnectorClientKey)
    ?.client?.pipeline;
  if (options.sdkRetries === false) pipeline?.removePolicy({ name: SDK_RETRY_POLICY });
  const timeout = options.timeoutMs;
  if (timeout)
    pipeline?.addPolicy({
      name: 'huslySendTimeout',
      sendRequest: (request, next) => ((request.timeout = timeout), next(request)),
    });
}

/** The botbuilder reference that continues a stored conversation. */
function referenceTo(ref: ConversationRef): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: ref.serviceUrl,
    bot: { id: ref.botId, name: 'Husly' },
    conversation: {
      id: ref.conversationId,
      conversationType: ref.conversationType,
      tenantId: ref.tenantId,
      isGroup: ref.conversationType !== 'personal',
      name: '',
    },
  };
}

/**
 * Replaces a card Husly posted in a stored conversation (`activityId`, as stored when it was
 * sent), for everyone who sees it. Errors are returned, not thrown (see `sendMessage`);
 * `timeoutMs` gives up on a connector that does not answer.
 */
export async function updateCard(
  adapter: CloudAdapter,
  appId: string,
  ref: ConversationRef,
  activityId: string,
  card: AdaptiveCard,
  options: { timeoutMs?: number } = {},
): Promise<{ updated: true } | { error: unknown }> {
  let error: unknown = null;
  let updated = false;
  await adapter.continueConversationAsync(appId, referenceTo(ref), async (context) => {
    try {
      tuneConnector(adapter, context, options);
      await replaceCardEverywhere(context, activityId, card);
      updated = true;
    } catch (failure) {
      error = failure;
    }
  });
  return updated ? { updated: true } : { error: error ?? new Error('not updated') };
}

/**
 * Posts a message into a stored conversation. Errors are returned, not thrown: inside
 * continueConversationAsync botbuilder would hand them to onTurnError and swallow them.
 *
 * `sdkRetries: false` takes the SDK's own retry out of this send's connector client (a new one
 * per continuation), so a 429 or 5xx comes straight back: the reminder or notice outbox decides
 * when to try again (Retry-After, backoff, rate limits), instead of the SDK sleeping inside a
 * send slot and re-sending outside the rate limiter. `timeoutMs` gives up on a connector that
 * does not answer (the SDK would wait for ever), which the outbox treats like a 503.
 */
export async function sendMessage(
  adapter: CloudAdapter,
  appId: string,
  ref: ConversationRef,
  message: Partial<Activity>,
  options: { sdkRetries?: boolean; timeoutMs?: number } = {},
): Promise<{ activityId: string } | { error: unknown }> {
  let activityId: string | undefined;
  let error: unknown;
  await adapter.continueConversationAsync(appId, referenceTo(ref), async (context) => {
    try {
      tuneConnector(adapter, context, options);
      activityId = (await context.sendActivity(message))?.id;
    } catch (failure) {
      error = failure;
    }
  });
  return activityId && !error ? { activityId } : { error: error ?? new Error('no activity id') };
}

/**
 * A failed send as the delivery policy sees it: the status and Retry-After of the Bot Connector's
 * answer (a 429, 5xx, 403/404 …), or a timeout with no answer at all.
 */
export function sendFailureOf(error: unknown, now: Date): SendFailure {
  const err = error as {
    statusCode?: number;
    response?: { headers?: { get?: (h: string) => string | undefined } };
  };
  return classifyHttpFailure(
    err.statusCode,
    err.response?.headers?.get?.('retry-after') ?? null,
    now,
  );
}
