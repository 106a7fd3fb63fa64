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
  /**
   * The person's Teams locale ('nb-NO', 'nn-NO', 'en-US'), for personal chats: proactive
   * messages to them use its catalogue. Null for channels and group chats (see `teamsLocale`).
   */
  readonly locale: string | null;
}

export interface ConversationRef extends ConversationSeen {
  readonly installedAt: Date | null;
  readonly removedAt: Date | null;
  /** Teams said 403/404 when Husly last tried to write here; any activity clears it. */
  readonly unreachableAt: Date | null;
  readonly lastSeenAt: Date;
}

/** A short BCP-47-like tag: letters and digits in parts joined by '-' or '_'. */
const LOCALE = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;

/**
 * The activity's locale as Husly stores it: a short tag such as 'nb-NO', 'nn' or 'en-US'
 * (at most 20 characters of letters, digits, '-' and '_'); anything else is null.
 */
export function teamsLocale(raw: unknown): string | null {
  return typeof raw === 'string' && raw.length <= 20 && LOCALE.test(raw) ? raw : null;
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
    // An activity without a (valid) locale keeps the one the person last wrote with.
    locale: seen.locale ?? previous?.locale ?? null,
    installedAt,
    removedAt,
    unreachableAt: null,
    lastSeenAt: at,
  };
}

/** How stale `lastSeenAt` may get before an activity that changes nothing else writes it. */
const LAST_SEEN_REFRESH_MS = 60 * 60 * 1000;

/**
 * Whether `next` must be stored: anything changed but the time seen, or that time is more than
 * an hour old. Most activities change nothing, and a write per turn was most of a turn's cost.
 */
export function needsSaving(previous: ConversationRef | null, next: ConversationRef): boolean {
  if (!previous) return true;
  const { lastSeenAt: seenBefore, ...before } = previous;
  const { lastSeenAt: seenNow, ...now } = next;
  if (seenNow.getTime() - seenBefore.getTime() >= LAST_SEEN_REFRESH_MS) return true;
  return (Object.keys(now) as (keyof typeof now)[]).some((key) => {
    const a = before[key];
    const b = now[key];
    return a instanceof Date || b instanceof Date
      ? (a as Date | null)?.getTime() !== (b as Date | null)?.getTime()
      : a !== b;
  });
}
