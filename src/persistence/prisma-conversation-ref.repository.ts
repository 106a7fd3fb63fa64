import type { ConversationRef, ConversationType } from '../domain/conversation/conversation-ref.ts';
import type { ConversationRefRepository } from '../domain/conversation/conversation-ref.repository.ts';
import type { Db } from './database.ts';

export class PrismaConversationRefRepository implements ConversationRefRepository {
  constructor(private readonly db: Db) {}

  async findByConversationId(conversationId: string): Promise<ConversationRef | null> {
    const row = await this.db.conversationRef.findUnique({ where: { conversationId } });
    if (!row) return null;
    return {
      conversationId: row.conversationId,
      conversationType: row.conversationType as ConversationType,
      tenantId: row.tenantId,
      serviceUrl: row.serviceUrl,
      botId: row.botId,
      aadObjectId: row.aadObjectId,
      teamId: row.teamId,
      channelId: row.channelId,
      installedAt: row.installedAt,
      removedAt: row.removedAt,
      lastSeenAt: row.lastSeenAt,
    };
  }

  async save(ref: ConversationRef): Promise<void> {
    const { conversationId, ...data } = ref;
    await this.db.conversationRef.upsert({ where: { conversationId }, create: ref, update: data });
  }
}
