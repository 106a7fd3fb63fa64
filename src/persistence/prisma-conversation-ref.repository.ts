import type { ConversationRef } from '../domain/conversation/conversation-ref.ts';
import type { ConversationRef as ConversationRefRow } from './generated/client.ts';
// prettier-ignore
import type {
  ConversationRefRepository,
} from '../domain/conversation/conversation-ref.repository.ts';
import type { Db } from './database.ts';
import { stored } from './stored-columns.ts';

export class PrismaConversationRefRepository implements ConversationRefRepository {
  constructor(private readonly db: Db) {}

  async findByConversationId(conversationId: string): Promise<ConversationRef | null> {
    return toRef(await this.db.conversationRef.findUnique({ where: { conversationId } }));
  }

  async findPersonalFor(aadObjectId: string): Promise<ConversationRef | null> {
    return toRef(
      await this.db.conversationRef.findFirst({
        where: { aadObjectId, conversationType: 'personal' },
        orderBy: { lastSeenAt: 'desc' },
      }),
    );
  }

  async markUnreachable(conversationId: string, at: Date): Promise<void> {
    await this.db.conversationRef.updateMany({
      where: { conversationId },
      data: { unreachableAt: at },
    });
  }

  async save(ref: ConversationRef): Promise<void> {
    const { conversationId, ...data } = ref;
    await this.db.conversationRef.upsert({ where: { conversationId }, create: ref, update: data });
  }
}

function toRef(row: ConversationRefRow | null): ConversationRef | null {
  if (!row) return null;
  return {
    conversationId: row.conversationId,
    conversationType: stored('conversation_refs.conversationType', row.conversationType),
    tenantId: row.tenantId,
    serviceUrl: row.serviceUrl,
    botId: row.botId,
    aadObjectId: row.aadObjectId,
    teamId: row.teamId,
    channelId: row.channelId,
    installedAt: row.installedAt,
    removedAt: row.removedAt,
    unreachableAt: row.unreachableAt,
    locale: row.locale,
    lastSeenAt: row.lastSeenAt,
  };
}
