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
