import { z } from 'zod';
import type { ErrorCode } from '../../src/domain/common/errors.ts';

/**
 * A card button's verb and the schema of what its press sends back. Each card file exports the
 * verbs its buttons emit; `dialogs/card-router.ts` routes a press by verb, checks the payload
 * against the schema and hands the handler the parsed, typed result. Card data comes from the
 * client, so nothing in it is trusted before the schema has read it.
 *
 * A schema's error message is an `ErrorCode` where one says what went wrong (an id Husly never
 * issued is "Fant ikke saken"), so a forged payload gets the message bad input always got.
 */
export interface CardVerb<K extends CardVerbKind = CardVerbKind, S extends z.ZodType = z.ZodType> {
  /** Action.Submit (a message activity) or Action.Execute (an `adaptiveCard/action` invoke). */
  readonly kind: K;
  readonly verb: string;
  readonly schema: S;
}

export type CardVerbKind = 'submit' | 'execute';

/** What a handler receives: the payload as its verb's schema parsed it. */
export type Payload<V extends CardVerb> = z.output<V['schema']>;

/**
 * Where an Action.Submit carries its verb: `action`, as Teams, the playground and the bot edge
 * (src/bot/husly-bot.ts lets card submits through without a mention) expect.
 */
export const SUBMIT_VERB_FIELD = 'action';

export const submitVerb = <S extends z.ZodType>(
  verb: string,
  schema: S,
): CardVerb<'submit', S> => ({
  kind: 'submit',
  verb,
  schema,
});

export const executeVerb = <S extends z.ZodType>(
  verb: string,
  schema: S,
): CardVerb<'execute', S> => ({ kind: 'execute', verb, schema });

/** Ids Husly writes on cards are uuids or case keys; longer was never written by Husly. */
const MAX_CARD_ID = 64;

/** An id Husly wrote on the card. Missing, empty, too long or not text: "not found". */
export const cardId = (notFound: ErrorCode) =>
  z.string({ error: notFound }).min(1).max(MAX_CARD_ID);

/** The case a button acts on. */
export const caseId = cardId('CASE.NOT_FOUND');

/** Buttons that only name a case ("Overfør", "Vis målplan", …). */
export const onCase = z.object({ caseId });

/**
 * A key chosen from a list the server built (units, colleagues). '' when nothing is chosen:
 * the service says what is missing, on the form.
 */
export const chosenKey = (refused: ErrorCode) =>
  z.string({ error: refused }).max(MAX_CARD_ID).default('');

/** One of a fixed list of choices, or '' when nothing is chosen (the service asks for it). */
export const choice = <const T extends readonly [string, ...string[]]>(
  values: T,
  refused: ErrorCode,
) => z.enum(['', ...values], { error: refused }).default('');

/** One of a list of choices built at run time (such as "category/subcategory"). */
export const oneOf = (values: readonly string[], refused: ErrorCode) =>
  z.string({ error: refused }).refine((value) => values.includes(value), { error: refused });

/**
 * Text the user typed. Cut at `clipAt`, above the field's own limit, so the service still sees
 * that it is too long and says so on the form, without Husly holding more than that.
 */
export const clipped = (clipAt: number) => z.string().transform((text) => text.slice(0, clipAt));

/** Typed text that may be left out ('' then). */
export const typed = (clipAt: number) => clipped(clipAt).default('');

/** A number offered as an Input.ChoiceSet (Adaptive Card inputs are always strings). */
export const numberChoice = <const N extends number>(values: readonly N[], refused: ErrorCode) =>
  z
    .string({ error: refused })
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.literal(values, { error: refused }));

/**
 * Teams merges every input of a card into the data of the button pressed. A button that acts
 * on one input among several (a reminder's snooze choice, a measure's status) names it: its
 * value is handed to `schema` as `input`. Only an own key of the data counts, so a name like
 * "constructor" or "__proto__" finds nothing.
 */
export function withNamedInput<S extends z.ZodType>(
  nameOf: (data: Readonly<Record<string, unknown>>) => unknown,
  schema: S,
) {
  return z.preprocess((data) => {
    if (!isRecord(data)) return data;
    const name = nameOf(data);
    const input = typeof name === 'string' && Object.hasOwn(data, name) ? data[name] : undefined;
    return { ...data, input };
  }, schema);
}

/** The same schema for each field of a form whose fields the domain checks one by one. */
export function fieldsOf<const K extends string, S extends z.ZodType>(
  names: readonly K[],
  field: S,
): { readonly [P in K]: S } {
  return Object.fromEntries(names.map((name) => [name, field])) as { readonly [P in K]: S };
}

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a button may carry: the fields its verb's schema reads (any, for a pre-processed one). */
export type ButtonData<S extends z.ZodType> =
  unknown extends z.input<S> ? Readonly<Record<string, unknown>> : Partial<z.input<S>>;
