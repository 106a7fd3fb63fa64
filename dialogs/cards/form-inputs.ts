import {
  adaptiveCard,
  fieldError,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';

/**
 * The inputs of one form, bound to the values it comes back with and the message (if any) under
 * each field: every form Husly shows again after the server refused a field builds its inputs
 * here, so they look and behave the same.
 */
export function formInputs<F extends string>(
  values: Partial<Record<F, string>>,
  messageFor: (field: F) => string | undefined,
) {
  const error = (f: F): CardElement[] => fieldError(messageFor(f));
  const text = (id: F, label: string, extra: Record<string, unknown> = {}): CardElement[] => [
    { type: 'Input.Text', id, label, value: values[id] ?? '', ...extra },
    ...error(id),
  ];
  const date = (id: F, label: string): CardElement[] => [
    { type: 'Input.Date', id, label, value: values[id] ?? '' },
    ...error(id),
  ];
  const toggle = (id: F, title: string): CardElement[] => [
    {
      type: 'Input.Toggle',
      id,
      title,
      value: values[id] === 'true' ? 'true' : 'false',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    },
    ...error(id),
  ];
  /** A choice list; `extra` sets e.g. `style: 'expanded'` or `isMultiSelect`. */
  const choice = (
    id: F,
    label: string,
    choices: readonly (readonly [string, string])[],
    extra: Record<string, unknown> = {},
  ): CardElement[] => [
    {
      type: 'Input.ChoiceSet',
      id,
      label,
      style: 'compact',
      value: values[id] ?? '',
      choices: choices.map(([value, title]) => ({ title, value })),
      ...extra,
    },
    ...error(id),
  ];
  return { error, text, date, toggle, choice };
}

/** A bold heading over a group of inputs. */
export const formSection = (title: string): CardElement =>
  paragraph(title, { weight: 'Bolder', spacing: 'Large', separator: true });

/** A small grey line under an input. */
export const formHint = (words: string): CardElement =>
  paragraph(words, { isSubtle: true, size: 'Small', spacing: 'None' });

/**
 * A form shown again after a refused field: the banner under its heading says what to do, and
 * again above the send button, where the user is when the form comes back in place. It is part of
 * the form, not a message of its own, so nothing saying "Noe må rettes" is left in the chat once
 * the form is sent and becomes its receipt (`formSentCard`).
 */
export function withErrorBanner(
  body: readonly CardElement[],
  errors: Readonly<Record<string, unknown>> | undefined,
  fixErrors: string,
): CardElement[] {
  if (!errors || Object.keys(errors).length === 0) return [...body];
  const [title, ...rest] = body;
  const banner = paragraph(fixErrors, { color: 'Attention', weight: 'Bolder' });
  return title
    ? [title, banner, ...rest, { ...banner, spacing: 'Large', separator: true }]
    : [banner];
}

/**
 * What replaces a form once it was registered, so it cannot be sent twice by mistake: the
 * title, the reference and the owner. No personal data.
 */
export function formSentCard(title: string, sent: string, ownerLine: string): AdaptiveCard {
  return adaptiveCard([
    heading(title),
    paragraph(sent, { weight: 'Bolder' }),
    paragraph(ownerLine, { spacing: 'None' }),
  ]);
}
