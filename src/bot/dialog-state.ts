import { BotState, type Storage, type TurnContext } from 'botbuilder';
import { channelConversationIdOf } from './activity-mapping.ts';

/**
 * Dialog state for one person in one conversation. Keyed by the channel (not the thread:
 * Teams gives every channel thread its own conversation id) and by the user, so an admin can
 * answer Husly's question in a new post, and two people in one channel never share a dialog.
 */
export class DialogStateStore extends BotState {
  constructor(storage: Storage) {
    super(storage, (context: TurnContext) => {
      const { channelId, from } = context.activity;
      if (!from?.id) return Promise.reject(new Error('Dialog state needs activity.from.id'));
      const conversationId = channelConversationIdOf(context.activity);
      return Promise.resolve(
        `${channelId}/conversations/${conversationId}/users/${from.id}/dialogs`,
      );
    });
  }
}
