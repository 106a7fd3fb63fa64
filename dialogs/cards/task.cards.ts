import { z } from 'zod';
import type { CommandId, CommandMatch } from '../commands.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  paragraph,
  submit,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptive-card.ts';
import { submitVerb } from './card-verb.ts';
import { TASK_ARGUMENT } from '../understanding/task-arguments.ts';

/** The longest argument a task button or the ask card sends on (a name, a reference). */
const MAX_ARGUMENT = 200;

/**
 * Starts a task as if its words were typed: from a help-card button, a "Mente du …?" button
 * (with the reference, number or name already found in the sentence) or the small card asking
 * which case. The task and argument come from the client: they are exactly as trusted as text
 * the user could have typed, and each task checks access itself.
 */
export const TASK_START = submitVerb(
  'task.start',
  z.object({
    task: z.enum(Object.keys(TASK_ARGUMENT) as [CommandId, ...CommandId[]], {
      error: 'CARD.INVALID',
    }),
    argument: z.string().max(MAX_ARGUMENT).optional().default(''),
    /** Set on a one-time card ("Mente du …?", "which case?"): used, it is closed. */
    once: z.boolean().optional().default(false),
  }),
);

/** A task's label inside a longer line: "Hvem eier saken: 2026-0004", not "saken?: 2026-…". */
const inline = (texts: Texts, task: CommandId) => texts.tasks.labels[task].replace(/\?$/, '');

/** A button that starts `task`, labelled with what it will act on. */
export const taskButton = (
  texts: Texts,
  found: CommandMatch,
  options: { readonly once?: boolean } = {},
): CardAction => {
  // An argument too long for the verb's schema would make the button fail: leave it out.
  const command = found.argument.length > MAX_ARGUMENT ? { ...found, argument: '' } : found;
  return submit(
    command.argument
      ? texts.understanding.suggestion(inline(texts, command.id), command.argument)
      : texts.tasks.labels[command.id],
    TASK_START,
    { task: command.id, argument: command.argument, ...(options.once ? { once: true } : {}) },
  );
};

/** What a one-time card becomes once a button on it was pressed. */
export const chosenCard = (texts: Texts, task: CommandId): AdaptiveCard =>
  adaptiveCard([
    paragraph(texts.understanding.chosen(texts.tasks.labels[task]), { isSubtle: true }),
  ]);

/** "Mente du …?": the two likeliest tasks, each starting with what the sentence named. */
export function didYouMeanCard(texts: Texts, candidates: readonly CommandMatch[]): AdaptiveCard {
  return adaptiveCard(
    [paragraph(texts.understanding.didYouMean, { weight: 'Bolder' })],
    [
      ...candidates.map((c) => taskButton(texts, c, { once: true })),
      submit(texts.understanding.noneOfThese, TASK_START, {
        task: 'help',
        argument: '',
        once: true,
      }),
    ],
  );
}

/**
 * The small card a task button opens when the task needs a case (or, for "hvem eier", a case,
 * a number or a name) and none was given. Its input is sent as `argument`.
 */
export function askArgumentCard(texts: Texts, task: CommandId): AdaptiveCard {
  const ask = TASK_ARGUMENT[task] === 'person' ? texts.tasks.askPerson : texts.tasks.askCase;
  const body: CardElement[] = [
    paragraph(ask.title(inline(texts, task)), { weight: 'Bolder' }),
    {
      type: 'Input.Text',
      id: 'argument',
      label: ask.label,
      placeholder: ask.placeholder,
      maxLength: MAX_ARGUMENT,
      isRequired: true,
      errorMessage: texts.tasks.missing,
    },
  ];
  return adaptiveCard(body, [submit(texts.tasks.go, TASK_START, { task, once: true })]);
}
