import { randomUUID } from 'node:crypto';
import {
  DEMO_STAFF,
  DEMO_TENANT_ID,
  demoStaffName,
  type DemoStaff,
} from '../../src/demo/demo-municipality.ts';

/**
 * Activities shaped like the ones Teams sends (field for field, from captured payloads):
 * channelId 'msteams', from.aadObjectId, conversation.tenantId and channelData.tenant.id,
 * a clientInfo entity, and for channels the thread id with ';messageid=' plus a mention entity.
 */
export const BOT = { id: '28:husly-test-bot', name: 'Husly' } as const;
export const TEAM_ID = '19:team-demo@thread.tacv2';
export const CHANNEL_ID = '19:nav-bolig-channel@thread.tacv2';
/** A Teams group chat (several people, no team) with Husly added. */
export const GROUP_CHAT_ID = '19:group-chat-demo@thread.v2';

export interface TeamsUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export const demoUser = (persona: string): TeamsUser => {
  const s = DEMO_STAFF.find((x) => x.persona === persona) as DemoStaff;
  return { id: `29:${s.teamsUserId}`, name: demoStaffName(s), aadObjectId: s.aadObjectId };
};

export const UNKNOWN_USER: TeamsUser = {
  id: '29:unknown-user',
  name: 'Ukjent Person',
  aadObjectId: 'f0e1d2c3-b4a5-4968-8776-655443322110',
};

export const personalConversationId = (user: TeamsUser) => `a:1personal-${user.aadObjectId}`;

interface Where {
  readonly serviceUrl: string;
  readonly tenantId?: string;
  readonly user: TeamsUser;
  /**
   * 'channel' puts the activity in CHANNEL_ID's thread,
   * 'groupChat' in GROUP_CHAT_ID; default personal.
   */
  readonly place?: 'personal' | 'channel' | 'groupChat';
  /** The channel thread's root message id; a new post (new thread) when omitted. */
  readonly thread?: string;
}

function envelope(where: Where) {
  const tenantId = where.tenantId ?? DEMO_TENANT_ID;
  const tenant = { tenant: { id: tenantId } };
  const place =
    where.place === 'groupChat'
      ? {
          conversation: {
            isGroup: true,
            conversationType: 'groupChat',
            tenantId,
            id: GROUP_CHAT_ID,
          },
          channelData: tenant,
        }
      : where.place === 'channel'
        ? {
            conversation: {
              isGroup: true,
              conversationType: 'channel',
              tenantId,
              id: `${CHANNEL_ID};messageid=${where.thread ?? randomUUID()}`,
            },
            channelData: {
              teamsChannelId: CHANNEL_ID,
              teamsTeamId: TEAM_ID,
              channel: { id: CHANNEL_ID },
              team: { id: TEAM_ID },
              ...tenant,
            },
          }
        : {
            conversation: {
              conversationType: 'personal',
              tenantId,
              id: personalConversationId(where.user),
            },
            channelData: tenant,
          };
  return {
    id: String(Date.now()) + Math.floor(Math.random() * 1000),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: where.serviceUrl,
    channelId: 'msteams',
    from: { ...where.user },
    recipient: { ...BOT },
    ...place,
    locale: 'nb-NO',
  };
}

const clientInfo = {
  type: 'clientInfo',
  locale: 'nb-NO',
  country: 'NO',
  platform: 'Web',
  timezone: 'Europe/Oslo',
};

export function message(where: Where, text: string, options: { mention?: boolean } = {}) {
  const base = envelope(where);
  const mention = options.mention ?? (where.place === 'channel' || where.place === 'groupChat');
  return {
    ...base,
    type: 'message',
    textFormat: 'plain',
    text: mention ? `<at>${BOT.name}</at> ${text}` : text,
    entities: mention
      ? [{ type: 'mention', mentioned: { ...BOT }, text: `<at>${BOT.name}</at>` }, clientInfo]
      : [clientInfo],
  };
}

/** An Action.Submit press on a card (no text, no mention: Teams sends the data to the bot only). */
export function cardSubmit(where: Where, value: Record<string, unknown>) {
  return {
    ...message(where, '', { mention: false }),
    text: undefined,
    entities: [clientInfo],
    value,
  };
}

/** An Action.Execute press (Universal Actions): an invoke answered in the HTTP response. */
export function execute(
  where: Where,
  verb: string,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    ...message(where, '', { mention: false }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    entities: [],
    value: { action: { type: 'Action.Execute', verb, data } },
    ...extra,
  };
}

export function installationUpdate(where: Where, action: 'add' | 'remove') {
  return { ...envelope(where), type: 'installationUpdate', action };
}

/** Husly added to a team: Teams announces it in the General channel, whose id is the team id. */
export function botAddedToTeam(where: Omit<Where, 'place'>) {
  const tenantId = where.tenantId ?? DEMO_TENANT_ID;
  return {
    ...envelope(where),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    conversation: { isGroup: true, conversationType: 'channel', tenantId, id: TEAM_ID },
    channelData: {
      team: { id: TEAM_ID, name: 'Boligsosialt samarbeid' },
      eventType: 'teamMemberAdded',
      tenant: { id: tenantId },
    },
  };
}
