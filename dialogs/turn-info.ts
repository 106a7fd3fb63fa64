import type { TurnContext } from 'botbuilder';
import type { Actor } from '../src/domain/actor/actor.ts';
import type { ConversationType } from '../src/domain/conversation/conversation-ref.ts';
import type { Texts } from './texts/index.ts';

/** What the bot edge learnt about this turn, handed to dialogs through the turn state. */
export interface TurnInfo {
  readonly actor: Actor;
  readonly texts: Texts;
  readonly conversation: {
    /** For channels, the channel itself (not the thread). */
    readonly id: string;
    readonly type: ConversationType;
    readonly teamId: string | null;
  };
}

const TURN_INFO = Symbol('husly.turnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get<TurnInfo | undefined>(TURN_INFO);
  if (!info)
    throw new Error('Turn info missing: dialogs run only after the bot has identified the actor.');
  return info;
}
