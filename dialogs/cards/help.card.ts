import type { CommandId } from '../commands.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { taskButton } from './task.cards.ts';

export interface HelpCardInput {
  /** Shown as a greeting on the welcome; omitted for a plain "hjelp". */
  readonly firstName?: string;
  readonly isAdmin: boolean;
  readonly inChannel: boolean;
  /** Leaders also see the access review. */
  readonly isLeader?: boolean;
  /** Coordinators, leaders and admins also see the overview. */
  readonly mayOverview?: boolean;
  /** The user wrote something Husly did not understand: say so above the tasks. */
  readonly notUnderstood?: boolean;
}

type HelpCommand = Texts['help']['commands'][keyof Texts['help']['commands']];

interface Row {
  readonly command: HelpCommand;
  /** The tasks the row's buttons start; none for "hjelp" and "avbryt". */
  readonly tasks: readonly CommandId[];
}

/**
 * The help and welcome card: every task this user may start here, each with a button, so no
 * one needs to learn a command. A button that needs a case opens a small card asking for it.
 */
export function helpCard(texts: Texts, input: HelpCardInput): AdaptiveCard {
  const t = texts.help;
  const c = t.commands;
  const row = (command: HelpCommand, ...tasks: CommandId[]): Row => ({ command, tasks });
  const staffOnly = <T>(items: T[]): T[] => (input.isAdmin ? [] : items);
  // In a channel only owner facts are shown: concerns, lookups of people and case lists are
  // personal, so the channel card lists what works there, without buttons.
  const rows: Row[] = input.inChannel
    ? [row(c.whoOwnsInChannel), row(c.takeInChannel), row(c.help), row(c.cancel)]
    : [
        row(c.newConcern, 'newConcern'),
        row(c.arrearsReport, 'arrearsReport'),
        row(c.whoOwns, 'whoOwns'),
        row(c.myCases, 'myCases'),
        ...staffOnly([row(c.worklist, 'worklist')]),
        ...(input.mayOverview ? [row(c.overview, 'overview')] : []),
        ...staffOnly([row(c.take, 'take')]),
        row(c.reminders, 'reminders'),
        row(c.handOver, 'handOver'),
        row(c.resolve, 'arrearsPaid', 'closeCase'),
        ...staffOnly([row(c.recordEvent, 'recordEvent')]),
        row(c.classify, 'classify'),
        row(c.startPlan, 'startPlan', 'showPlan'),
        row(c.access, 'grantAccess', 'consent'),
        ...staffOnly([row(c.breakGlass, 'breakGlass')]),
        ...(input.isLeader ? [row(c.accessReview, 'accessReview')] : []),
        row(c.help),
        row(c.cancel),
      ];
  const body: CardElement[] = [];
  if (input.notUnderstood) body.push(paragraph(texts.understanding.notUnderstood));
  else {
    if (input.firstName) body.push(paragraph(t.greeting(input.firstName), { weight: 'Bolder' }));
    body.push(heading(t.title), paragraph(t.intro, { isSubtle: true }));
  }
  body.push(paragraph(t.commandsHeading, { weight: 'Bolder', spacing: 'Medium' }));
  body.push(...rows.map((r) => rowElement(texts, r)));
  if (input.isAdmin) {
    body.push(
      paragraph(t.adminHeading, { weight: 'Bolder', spacing: 'Medium' }),
      rowElement(texts, row(c.linkChannel)),
      rowElement(texts, row(c.routing, ...(input.inChannel ? [] : (['routing'] as const)))),
    );
  }
  if (input.inChannel) body.push(paragraph(t.channelNote, { isSubtle: true, spacing: 'Medium' }));
  return adaptiveCard(body);
}

/** One task: what to write, what it does, and its button(s). */
function rowElement(texts: Texts, { command, tasks }: Row): CardElement {
  return {
    type: 'Container',
    separator: true,
    items: [
      paragraph(`**${command.title}**: ${command.description}`),
      ...(tasks.length > 0
        ? [
            {
              type: 'ActionSet',
              actions: tasks.map((id) => taskButton(texts, { id, argument: '' })),
            },
          ]
        : []),
    ],
  };
}
