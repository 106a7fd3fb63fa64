/**
 * Where Husly can reach a person or a channel later (proactively). Plain data, so any bot
 * SDK can rebuild its own reference type from it.
 */
export const CONVERSATION_TYPES = ['personal', 'groupChat', 'channel'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export interface ConversationSeen {
  /** For channels, the channel's own id (without ';messageid=…'), so posts go to the channel. */
  readonly conversationId: string;
  readonly conversationType: ConversationType;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly botId: string;
  /** The user, for personal chats; null otherwise. */
  readonly aadObjectId: string | null;
  readonly teamId: string | null;
  readonly channelId: string | null;
}

export interface ConversationRef extends ConversationSeen {
  readonly installedAt: Date | null;
  readonly removedAt: Date | null;
  /** Teams said 403/404 when Husly last tried to write here; any activity clears it. */
  readonly unreachableAt: Date | null;
  readonly lastSeenAt: Date;
}

/** What happened in the conversation: any activity, or Husly being installed or removed. */
export type ConversationEvent = 'seen' | 'installed' | 'removed';

export function isInstalled(ref: ConversationRef | null): boolean {
  if (!ref || !ref.installedAt) return false;
  return !ref.removedAt || ref.removedAt < ref.installedAt;
}

/** Worth writing to: not removed, not known to refuse. */
export function isReachable(ref: ConversationRef | null): boolean {
  return (
    ref !== null &&
    !ref.unreachableAt &&
    !(ref.removedAt && (!ref.installedAt || ref.removedAt >= ref.installedAt))
  );
}

/**
 * Applies an event to the stored reference. serviceUrl is refreshed on every activity
 * because Teams may move a tenant to another regional endpoint.
 */
export function applyConversationEvent(
  previous: ConversationRef | null,
  seen: ConversationSeen,
  event: ConversationEvent,
  at: Date,
): ConversationRef {
  const installedAt =
    event === 'installed' && !isInstalled(previous) ? at : (previous?.installedAt ?? null);
  const removedAt = event === 'removed' ? at : (previous?.removedAt ?? null);
  return {
    ...seen,
    // A team or channel keeps the ids it first came with if a later activity lacks them.
    teamId: seen.teamId ?? previous?.teamId ?? null,
    channelId: seen.channelId ?? previous?.channelId ?? null,
    aadObjectId: seen.aadObjectId ?? previous?.aadObjectId ?? null,
    installedAt,
    removedAt,
    unreachableAt: null,
    lastSeenAt: at,
  };
}
