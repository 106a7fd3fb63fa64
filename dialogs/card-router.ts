import type { Activity, TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { AdaptiveCard } from './cards/adaptive-card.ts';
import {
  isRecord,
  SUBMIT_VERB_FIELD,
  type CardVerb,
  type CardVerbKind,
} from './cards/card-verb.ts';
import type { Texts } from './texts/index.ts';
import { turnInfo } from './turn-info.ts';

/** What an Action.Execute invoke is answered with (the Universal Actions contract). */
export type ExecuteResponse =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: AdaptiveCard }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string };

/** An Action.Submit handler: answers with messages and cards of its own. */
type SubmitHandler<P> = (context: TurnContext, payload: P) => Promise<unknown>;

/** An Action.Execute handler: the card that replaces the pressed one, or a message instead. */
type ExecuteHandler<P> = (context: TurnContext, payload: P) => Promise<AdaptiveCard | string>;

/** A verb's payload, read: the handler bound to it, or the message that refuses it. */
type Parsed<R> =
  | { readonly ok: true; readonly run: (context: TurnContext) => Promise<R> }
  | { readonly ok: false; readonly refusal: (texts: Texts) => string };

interface Route<R> {
  readonly verb: CardVerb;
  readonly parse: (data: unknown) => Parsed<R>;
}

/**
 * One table from card verb to schema to handler, for Action.Submit (a message whose `value`
 * names the verb in `action`) and Action.Execute (an `adaptiveCard/action` invoke). A payload
 * its schema refuses reaches no handler: the presser gets a message and nothing changes. An
 * unknown verb gets the unknown-command text. The routes are listed for the test that checks
 * every card's buttons against them.
 */
export class CardRouter {
  private readonly routes = {
    submit: new Map<string, Route<unknown>>(),
    execute: new Map<string, Route<AdaptiveCard | string>>(),
  };

  onSubmit<S extends z.ZodType>(verb: CardVerb<'submit', S>, handler: SubmitHandler<z.output<S>>) {
    this.add(this.routes.submit, verb, handler);
    return this;
  }

  onExecute<S extends z.ZodType>(
    verb: CardVerb<'execute', S>,
    handler: ExecuteHandler<z.output<S>>,
  ) {
    this.add(this.routes.execute, verb, handler);
    return this;
  }

  /** Every route, for tests. */
  list(): readonly CardVerb[] {
    return [...this.routes.submit.values(), ...this.routes.execute.values()].map((r) => r.verb);
  }

  /**
   * The Action.Submit in this activity, ready to run in whichever conversation answers it (a
   * press in a channel is answered in the presser's personal chat); 'unknown' for a verb
   * without a route; undefined when the activity is no card submit (it has text, or no verb).
   */
  submitted(activity: Activity): ((context: TurnContext) => Promise<void>) | 'unknown' | undefined {
    const value: unknown = activity.value;
    const verb = isRecord(value) ? value[SUBMIT_VERB_FIELD] : undefined;
    if (typeof verb !== 'string' || activity.text) return undefined;
    const route = this.routes.submit.get(verb);
    if (!route) return 'unknown';
    return async (context) => {
      const parsed = route.parse(value);
      if (parsed.ok) await parsed.run(context);
      else await context.sendActivity(parsed.refusal(turnInfo(context).texts));
    };
  }

  /** Answers an Action.Execute invoke: the redrawn card, or a message. */
  async execute(context: TurnContext): Promise<ExecuteResponse> {
    const { texts } = turnInfo(context);
    const value: unknown = context.activity.value;
    const action = isRecord(value) && isRecord(value.action) ? value.action : {};
    const route =
      typeof action.verb === 'string' ? this.routes.execute.get(action.verb) : undefined;
    if (!route) return asMessage(texts.unknownCommand);
    const parsed = route.parse(action.data);
    if (!parsed.ok) return asMessage(parsed.refusal(texts));
    const answer = await parsed.run(context);
    return typeof answer === 'string'
      ? asMessage(answer)
      : { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: answer };
  }

  private add<S extends z.ZodType, R>(
    table: Map<string, Route<R>>,
    verb: CardVerb<CardVerbKind, S>,
    handler: (context: TurnContext, payload: z.output<S>) => Promise<R>,
  ): void {
    if (table.has(verb.verb)) throw new Error(`Card verb routed twice: ${verb.verb}`);
    table.set(verb.verb, {
      verb,
      parse: (data) => {
        const result = verb.schema.safeParse(ownFields(data));
        if (!result.success) return { ok: false, refusal: (texts) => refusal(texts, result.error) };
        const payload = result.data;
        return { ok: true, run: (context) => handler(context, payload) };
      },
    });
  }
}

/**
 * Card data as a plain object of its own fields. An inherited or prototype key never counts
 * (a field named "__proto__" is just a field); data that is no object carries no fields.
 */
function ownFields(data: unknown): Record<string, unknown> {
  return isRecord(data) ? Object.fromEntries(Object.entries(data)) : {};
}

/**
 * The first message of a refused payload that is an error code (an id Husly never issued is
 * "Fant ikke saken", as it always was); otherwise the general "could not read the card".
 */
function refusal(texts: Texts, error: z.ZodError): string {
  for (const issue of error.issues)
    if (isErrorCode(texts, issue.message)) return texts.errors[issue.message];
  return texts.cardInvalid;
}

const isErrorCode = (texts: Texts, code: string): code is keyof Texts['errors'] =>
  Object.hasOwn(texts.errors, code);

const asMessage = (value: string): ExecuteResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value,
});
