import { matchCommand, menuCommand, type CommandId, type CommandMatch } from '../commands.ts';
import { exampleNames, trainingCorpus, type Utterance } from './corpus.ts';
import { extractEntities, MASKS, type Entities } from './entities.ts';
import { CONFIRM_FIRST, TASK_ARGUMENT } from './task-arguments.ts';
import {
  IntentModel,
  modelWords,
  type IntentModelSnapshot,
  type IntentScore,
} from './intent-model.ts';

/** Small talk: answered kindly, starts nothing. */
type SmallTalk = 'greeting' | 'thanks';
const SMALL_TALK: ReadonlySet<string> = new Set<SmallTalk>(['greeting', 'thanks']);

export type Understanding =
  /** Start this task: the command menu's exact words, or a sentence the model is sure of. */
  | { readonly kind: 'task'; readonly command: CommandMatch; readonly entities: Entities }
  | { readonly kind: 'smallTalk'; readonly which: SmallTalk }
  /** Not sure: offer these (the two likeliest), each with the entities already found. */
  | { readonly kind: 'unsure'; readonly candidates: readonly CommandMatch[] }
  | { readonly kind: 'unknown' };

/**
 * Confidence needed to start a task without asking, and to offer it under "Mente du …?".
 * Chosen by cross-validation on the training corpus (`npm run bench:nlu`), never on the
 * held-out set.
 */
export const THRESHOLDS: Thresholds = { start: 0.7, suggest: 0.25 };

/** Words that may stand beside a bare number: "sak 2026-0004?", "case 2026-0004". */
const BARE_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(MASKS),
  'sak',
  'saken',
  'saka',
  'case',
  'nr',
  'fnr',
]);

const SNAPSHOT_FORMAT = 'husly-understander-1';

/** An `Understander` as plain data (JSON). */
export interface UnderstanderSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly model: IntentModelSnapshot;
  readonly functionWords: readonly string[];
}

export interface Thresholds {
  readonly start: number;
  readonly suggest: number;
}

/**
 * Understands a message: the exact command words first (the Teams command menu, and everyone
 * who learnt them), then the intent model over the sentence with its entities cut out.
 */
export class Understander {
  private constructor(
    private readonly model: IntentModel,
    /** Words the corpus uses to ask for things; what is left over may be a name or a unit. */
    private readonly functionWords: ReadonlySet<string>,
    private readonly thresholds: Thresholds,
  ) {}

  static async train(
    corpus: readonly Utterance[] = trainingCorpus(),
    options: { readonly cacheDir?: URL } = {},
  ): Promise<Understander> {
    const model = await IntentModel.train(corpus, options);
    return new Understander(model, functionWordsOf(corpus), THRESHOLDS);
  }

  /**
   * What `npm run build` keeps of the trained model beside the compiled code, so a production
   * start reads one file instead of preparing the corpus (cold start, issue 13).
   */
  snapshot(): UnderstanderSnapshot {
    return {
      format: SNAPSHOT_FORMAT,
      model: this.model.snapshot(),
      functionWords: [...this.functionWords],
    };
  }

  /** The understander a `snapshot()` was taken of; null for anything else (then train). */
  static fromSnapshot(snapshot: unknown): Understander | null {
    if (typeof snapshot !== 'object' || snapshot === null) return null;
    const s = snapshot as Partial<UnderstanderSnapshot>;
    if (s.format !== SNAPSHOT_FORMAT || !Array.isArray(s.functionWords)) return null;
    const model = IntentModel.fromSnapshot(s.model);
    return model && new Understander(model, new Set(s.functionWords), THRESHOLDS);
  }

  /** The same model deciding with other thresholds (the benchmark's sweep). */
  withThresholds(thresholds: Thresholds): Understander {
    return new Understander(this.model, this.functionWords, thresholds);
  }

  /** The model's ranking, for the benchmark and tests. */
  rank(text: string, today: string): Promise<IntentScore[]> {
    return Promise.resolve(this.model.classify(extractEntities(text, today).masked));
  }

  understand(text: string, today: string): Promise<Understanding> {
    return Promise.resolve(this.decide(text, today));
  }

  private decide(text: string, today: string): Understanding {
    const { entities, masked } = extractEntities(text, today);
    // Just a case number or an identity number ("2026-0004", "sak 4/2026"): whose is it?
    if ((entities.reference || entities.nationalId) && this.leftOver(text).length === 0) {
      const bare = modelWords(masked).every((w) => BARE_WORDS.has(w));
      const argument = entities.reference ?? entities.nationalId?.digits ?? '';
      if (bare) return { kind: 'task', command: { id: 'whoOwns', argument }, entities };
    }
    const ranked = this.model.classify(masked);
    // The older command patterns ("hvem …", "betalt …") still count, unless the model is sure
    // the sentence asks for something else ("hvem har sett på sakene våre?" is an access review).
    const exact = matchCommand(text);
    if (exact) {
      const top = ranked[0];
      const forExact = ranked.find((r) => r.intent === exact.id)?.score ?? 0;
      // The model disagrees when it is sure of another task, or gives the pattern's task
      // almost no chance (the old patterns take any "hvem …" as "hvem eier").
      const disagrees =
        top !== undefined &&
        top.intent !== exact.id &&
        (top.score >= this.thresholds.start || forExact < this.thresholds.suggest / 2);
      if (!disagrees || menuCommand(text)) {
        const command = { ...exact, argument: this.exactArgument(exact, entities) };
        return { kind: 'task', command, entities };
      }
    }
    const [first, second] = ranked;
    if (!first || first.score < this.thresholds.suggest) {
      // Only a name ("Kari Nordmann"): offer to look the person up (a lookup asks why first).
      const name = this.name(text);
      const onlyName = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)+$/u.test(name) && ranked.length === 0;
      if (onlyName && name.length >= text.trim().length - 1)
        return { kind: 'unsure', candidates: [{ id: 'whoOwns', argument: name }] };
      return { kind: 'unknown' };
    }
    if (SMALL_TALK.has(first.intent) && first.score >= this.thresholds.start)
      return { kind: 'smallTalk', which: first.intent as SmallTalk };
    const toCommand = (intent: string): CommandMatch | null =>
      isTask(intent) ? { id: intent, argument: this.argument(intent, text, entities) } : null;
    if (first.score >= this.thresholds.start) {
      const command = toCommand(first.intent);
      if (command && CONFIRM_FIRST.has(command.id))
        return { kind: 'unsure', candidates: [command] };
      if (command) return { kind: 'task', command, entities };
    }
    // "Hjelp" is never offered as a guess: the card's "none of these" button shows it anyway.
    const candidates = [first, second]
      .filter((c): c is IntentScore => !!c && c.score >= this.thresholds.suggest / 2)
      .filter((c) => c.intent !== 'help')
      .map((c) => toCommand(c.intent))
      .filter((c): c is CommandMatch => c !== null);
    return candidates.length > 0 ? { kind: 'unsure', candidates } : { kind: 'unknown' };
  }

  /**
   * The argument the task's handler reads, as if typed after the command words: the reference
   * (it always wins over a name), else the identity number, else the words left over.
   */
  private argument(task: CommandId, text: string, entities: Entities): string {
    const rest = () => this.leftOver(text);
    switch (TASK_ARGUMENT[task]) {
      case 'none':
        return '';
      case 'case':
        return entities.reference ?? '';
      case 'dates':
        return entities.dates.join(' ');
      case 'person':
        return entities.reference ?? entities.nationalId?.digits ?? this.name(text);
      case 'rest':
        return [entities.reference, ...rest()].filter(Boolean).join(' ');
      case 'sentence':
        return text;
    }
  }

  /** The words of the original sentence that are not the corpus's words nor entities. */
  private leftOver(text: string): string[] {
    const { masked } = extractEntities(text, '2026-01-01');
    const masks = new Set<string>(Object.values(MASKS));
    return masked
      .split(/\s+/)
      .map((word) => word.replace(/^[\p{P}]+|[\p{P}]+$/gu, ''))
      .filter((word) => word && !masks.has(word))
      .filter((word) => !this.isCommandWord(word));
  }

  /**
   * A word of the corpus's own, or a typo of one. A capitalised word is never taken for a typo:
   * "Lund" is a name, not "land", and "Moen" is not "noen" — a name cut short finds the wrong
   * person.
   */
  private isCommandWord(typed: string): boolean {
    const capitalised = /^\p{Lu}/u.test(typed);
    return modelWords(typed).every(
      (w) =>
        this.functionWords.has(w) ||
        (!capitalised && this.functionWords.has(this.model.corrector.correct(w))),
    );
  }

  /**
   * A command pattern's argument, with the entities read the same way as in a sentence: a
   * reference anywhere is what a case task acts on, a number is its digits.
   */
  private exactArgument(exact: CommandMatch, entities: Entities): string {
    const kind = TASK_ARGUMENT[exact.id];
    if (kind === 'none' || kind === 'rest' || kind === 'dates' || kind === 'sentence')
      return exact.argument;
    if (entities.reference) return entities.reference;
    if (kind === 'person' && entities.nationalId) return entities.nationalId.digits;
    return exact.argument;
  }

  /** The longest run of left-over words in a row: "bekymring for Kari Nordmann i dag". */
  private name(text: string): string {
    const { masked } = extractEntities(text, '2026-01-01');
    let best: string[] = [];
    let run: string[] = [];
    for (const raw of masked.split(/\s+/)) {
      const word = raw.replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
      const isName = word && /\p{L}/u.test(word) && !this.isCommandWord(word);
      run = isName ? [...run, word] : [];
      if (run.length > best.length) best = run;
    }
    return best.join(' ');
  }
}

function isTask(intent: string): intent is CommandId {
  return Object.hasOwn(TASK_ARGUMENT, intent);
}

/**
 * The corpus's words, minus the example names ("Kari", "Nordmann"), so a name in a user's
 * sentence is not mistaken for a command word.
 */
function functionWordsOf(corpus: readonly Utterance[]): Set<string> {
  const names = exampleNames(corpus);
  const words = new Set<string>();
  for (const { text } of corpus) for (const word of modelWords(text)) words.add(word);
  for (const name of names) words.delete(name);
  return words;
}
