import type { ConversationRef } from './conversation-ref.ts';

export interface ConversationRefRepository {
  findByConversationId(conversationId: string): Promise<ConversationRef | null>;
  /**
   * The user's most recently active personal chat with Husly (check `isReachable` before writing).
   */
  findPersonalFor(aadObjectId: string): Promise<ConversationRef | null>;
  markUnreachable(conversationId: string, at: Date): Promise<void>;
  /** Inserts or replaces the row for `ref.conversationId`. */
  save(ref: ConversationRef): Promise<void>;
}
