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

export const SCHEMA_URL = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function adaptiveCard(body: readonly CardElement[], actions?: readonly CardAction[]): AdaptiveCard {
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

/**
 * User-supplied text shown in a card. Adaptive Cards render a Markdown subset (emphasis,
 * links, lists), so "**X**" or "[klikk](…)" must show as typed. Teams does not reliably honour
 * backslash escapes, so a zero-width space is put after each Markdown trigger instead: the text
 * reads the same, names and e-mail addresses are untouched, and nothing becomes a link.
 */
export function plain(text: string): string {
  return text.replace(/[*_~`[\]]/g, '$&\u200B').replace(/^(\s*)([-+#>]|\d+\.)/gm, '$1\u200B$2');
}

export const facts = (items: readonly (readonly [string, string])[]): CardElement => ({
  type: 'FactSet',
  facts: items.map(([title, value]) => ({ title, value })),
});

/** A red line under a field that the server refused. */
export const fieldError = (message: string | undefined): CardElement[] =>
  message ? [{ type: 'TextBlock', text: message, color: 'Attention', size: 'Small', wrap: true, spacing: 'None' }] : [];

export const submit = (title: string, data: Record<string, unknown>): CardAction => ({ type: 'Action.Submit', title, data });

/** Universal Action: the bot answers with a new card, shown to everyone in place. */
export const execute = (title: string, verb: string, data: Record<string, unknown>): CardAction => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
});
