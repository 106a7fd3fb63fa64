import type { Activity } from 'botbuilder';
import type { Caller } from '../domain/actor/actor.ts';
import {
  teamsLocale,
  type ConversationEvent,
  type ConversationSeen,
  type ConversationType,
} from '../domain/conversation/conversation-ref.ts';

/**
 * Translates Teams activities into domain terms. Teams puts the same fact in several places
 * (tenant in conversation.tenantId and channelData.tenant.id); this is the one place that knows.
 */

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string };
  channel?: { id?: string };
  eventType?: string;
}

const channelDataOf = (activity: Partial<Activity>): TeamsChannelData =>
  (activity.channelData ?? {}) as TeamsChannelData;

function tenantIdOf(activity: Partial<Activity>): string | null {
  return channelDataOf(activity).tenant?.id ?? activity.conversation?.tenantId ?? null;
}

export function callerOf(activity: Partial<Activity>): Caller {
  return {
    tenantId: tenantIdOf(activity),
    aadObjectId: activity.from?.aadObjectId ?? null,
    channel: activity.channelId ?? null,
  };
}

export function conversationTypeOf(activity: Partial<Activity>): ConversationType {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/**
 * A channel message's conversation id names the thread (`19:…@thread.tacv2;messageid=123`);
 * proactive posts go to the channel itself, so the channel id is what we keep.
 */
export function channelConversationIdOf(activity: Partial<Activity>): string {
  const id = channelDataOf(activity).channel?.id ?? activity.conversation?.id ?? '';
  return id.split(';messageid=')[0] ?? id;
}

export function conversationSeenOf(
  activity: Partial<Activity>,
  tenantId: string,
): ConversationSeen | null {
  const conversationId = activity.conversation?.id;
  if (!conversationId || !activity.serviceUrl || !activity.recipient?.id) return null;
  const type = conversationTypeOf(activity);
  const channelData = channelDataOf(activity);
  return {
    conversationId: type === 'channel' ? channelConversationIdOf(activity) : conversationId,
    conversationType: type,
    tenantId,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
    aadObjectId: type === 'personal' ? (activity.from?.aadObjectId?.toLowerCase() ?? null) : null,
    teamId: channelData.team?.id ?? null,
    channelId: type === 'channel' ? channelConversationIdOf(activity) : null,
    // In a channel or group chat the activity's locale is the sender's, not the conversation's,
    // and Teams sends no channel locale: those stay bokmål (many readers), so none is kept.
    locale: type === 'personal' ? teamsLocale(activity.locale) : null,
  };
}

/** Husly itself added to or removed from the conversation (not some other member). */
export function conversationEventOf(activity: Partial<Activity>): ConversationEvent {
  const botId = activity.recipient?.id;
  if (activity.type === 'installationUpdate') {
    if (activity.action === 'add' || activity.action === 'add-upgrade') return 'installed';
    if (activity.action === 'remove') return 'removed';
  }
  if (activity.type === 'conversationUpdate' && botId) {
    if (activity.membersAdded?.some((m) => m.id === botId)) return 'installed';
    if (activity.membersRemoved?.some((m) => m.id === botId)) return 'removed';
  }
  return 'seen';
}

/** In channels and group chats Husly only answers when it is @mentioned. */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}
