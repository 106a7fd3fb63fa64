import { z } from 'zod';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  heading,
  paragraph,
  submit,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { submitVerb } from './card-verb.ts';

/** The help card's shortcuts carry nothing but their verb. */
export const HELP_NEW_CONCERN = submitVerb('help.newConcern', z.object({}));
export const HELP_LOOKUP = submitVerb('help.lookup', z.object({}));
export const HELP_MY_CASES = submitVerb('help.myCases', z.object({}));

export interface HelpCardInput {
  /** Shown as a greeting on the welcome; omitted for a plain "hjelp". */
  readonly firstName?: string;
  readonly isAdmin: boolean;
  readonly inChannel: boolean;
  /** Leaders also see the access review. */
  readonly isLeader?: boolean;
}

/** The help and welcome card: what Husly can do today, for this user, in this place. */
export function helpCard(texts: Texts, input: HelpCardInput): AdaptiveCard {
  const t = texts.help;
  // In a channel only owner facts are shown: concerns, lookups of people and case lists are
  // personal.
  const commands = input.inChannel
    ? [t.commands.whoOwnsInChannel, t.commands.takeInChannel, t.commands.help, t.commands.cancel]
    : [
        t.commands.newConcern,
        t.commands.arrearsReport,
        t.commands.whoOwns,
        t.commands.myCases,
        ...(input.isAdmin ? [] : [t.commands.take]),
        t.commands.reminders,
        t.commands.handOver,
        t.commands.resolve,
        ...(input.isAdmin ? [] : [t.commands.recordEvent]),
        t.commands.startPlan,
        t.commands.access,
        ...(input.isAdmin ? [] : [t.commands.breakGlass]),
        ...(input.isLeader ? [t.commands.accessReview] : []),
        t.commands.help,
        t.commands.cancel,
      ];
  const body: CardElement[] = [];
  if (input.firstName) body.push(paragraph(t.greeting(input.firstName), { weight: 'Bolder' }));
  body.push(heading(t.title), paragraph(t.intro, { isSubtle: true }));
  body.push(
    paragraph(t.commandsHeading, { weight: 'Bolder', spacing: 'Medium' }),
    factsOf(commands),
  );
  if (input.isAdmin) {
    body.push(
      paragraph(t.adminHeading, { weight: 'Bolder', spacing: 'Medium' }),
      factsOf([t.commands.linkChannel, t.commands.routing]),
    );
  }
  if (input.inChannel) {
    body.push(paragraph(t.channelNote, { isSubtle: true, spacing: 'Medium' }));
    return adaptiveCard(body);
  }
  return adaptiveCard(body, [
    submit(t.buttons.newConcern, HELP_NEW_CONCERN),
    submit(t.buttons.lookup, HELP_LOOKUP),
    submit(t.buttons.myCases, HELP_MY_CASES),
  ]);
}

function factsOf(commands: readonly { title: string; description: string }[]): CardElement {
  return {
    type: 'FactSet',
    facts: commands.map((c) => ({ title: c.title, value: c.description })),
  };
}
