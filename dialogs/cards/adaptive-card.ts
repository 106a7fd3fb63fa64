import type { z } from 'zod';
import { SUBMIT_VERB_FIELD, type ButtonData, type CardVerb } from './card-verb.ts';

/** Minimal Adaptive Card 1.5 types for the cards Husly builds. Cards are plain JSON. */
export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  readonly msteams?: { readonly width?: 'Full' };
}

export type CardElement = Readonly<Record<string, unknown> & { type: string }>;
export type CardAction = Readonly<Record<string, unknown> & { type: string }>;

const SCHEMA_URL = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function adaptiveCard(
  body: readonly CardElement[],
  actions?: readonly CardAction[],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA_URL,
    version: '1.5',
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

export const heading = (text: string): CardElement => ({
  type: 'TextBlock',
  text,
  weight: 'Bolder',
  size: 'Medium',
  wrap: true,
  style: 'heading',
});

export const paragraph = (text: string, extra: Record<string, unknown> = {}): CardElement => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/** A run of text in a RichTextBlock. */
export interface Run {
  readonly text: string;
  readonly weight?: 'Bolder';
  readonly isSubtle?: boolean;
  /**
   * 'Attention' for what must be acted on now, 'Accent' to set something apart. Never 'Good' or
   * 'Warning': light green and yellow are hard to read on white and on Teams' dark theme.
   */
  readonly color?: 'Attention' | 'Accent';
}

/**
 * Text that contains anything a user typed (resident names, descriptions, goals, masked ids),
 * or that starts with a date ("24. november" reads as a numbered list item in Markdown).
 * A TextRun is never read as Markdown, so "**x**", "[klikk](…)" or "128793*****" show exactly
 * as typed — unlike TextBlock and FactSet, which render a Markdown subset. Escaping Markdown
 * instead is unreliable across Teams clients.
 */
export function userText(
  runs: string | readonly (string | Run)[],
  block: { spacing?: string; separator?: boolean } = {},
): CardElement {
  const list = typeof runs === 'string' ? [runs] : runs;
  return {
    type: 'RichTextBlock',
    ...block,
    inlines: list.map((r) => ({ type: 'TextRun', ...(typeof r === 'string' ? { text: r } : r) })),
  };
}

/**
 * A list row with its own button beside it (one per row, so each row opens its own case): the
 * content stretches, the button keeps its width.
 */
export const withButton = (content: CardElement, button: CardAction): CardElement => ({
  type: 'ColumnSet',
  spacing: 'Small',
  columns: [
    { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [content] },
    {
      type: 'Column',
      width: 'auto',
      verticalContentAlignment: 'Center',
      items: [{ type: 'ActionSet', actions: [button] }],
    },
  ],
});

export const facts = (items: readonly (readonly [string, string])[]): CardElement => ({
  type: 'FactSet',
  facts: items.map(([title, value]) => ({ title, value })),
});

/** A red line under a field that the server refused. */
export const fieldError = (message: string | undefined): CardElement[] =>
  message
    ? [
        {
          type: 'TextBlock',
          text: message,
          color: 'Attention',
          size: 'Small',
          wrap: true,
          spacing: 'None',
        },
      ]
    : [];

/** A button that sends its data back as a message; the verb goes in `action`. */
export const submit = <S extends z.ZodType>(
  title: string,
  verb: CardVerb<'submit', S>,
  data?: ButtonData<S>,
): CardAction => ({
  type: 'Action.Submit',
  title,
  data: { [SUBMIT_VERB_FIELD]: verb.verb, ...data },
});

/** Universal Action: the bot answers with a new card, shown to everyone in place. */
export const execute = <S extends z.ZodType>(
  title: string,
  verb: CardVerb<'execute', S>,
  data: ButtonData<S>,
): CardAction => ({
  type: 'Action.Execute',
  title,
  verb: verb.verb,
  data,
});
