import type { ConversationRef } from './conversation-ref.ts';

export interface ConversationRefRepository {
  findByConversationId(conversationId: string): Promise<ConversationRef | null>;
  /** The personal chat with this user where Husly is installed, if any. */
  findPersonalFor(aadObjectId: string): Promise<ConversationRef | null>;
  markUnreachable(conversationId: string, at: Date): Promise<void>;
  /** Inserts or replaces the row for `ref.conversationId`. */
  save(ref: ConversationRef): Promise<void>;
}
