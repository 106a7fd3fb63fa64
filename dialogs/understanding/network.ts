import { createRequire } from 'node:module';

/**
 * The trained intent network as Husly keeps and runs it: NLP.js's single-layer network (one
 * perceptron per task over the stemmed words of a sentence) and its exact-sentence table, without
 * the rest of NLP.js. NLP.js trains it (`nlpjs-trainer.ts`); this file runs it. Loading NLP.js
 * at every start cost about 0.4 s and 40 MB (its language guesser, NER, NLG, sentiment and a
 * 12 MB model file); this is a 2 MB file read in milliseconds. `network.test.ts` checks that it
 * scores every sentence of the corpus and the held-out set as NLP.js does.
 */
export interface NetworkModel {
  readonly format: typeof NETWORK_FORMAT;
  /** The network's inputs, in its order. */
  readonly features: readonly string[];
  /** One perceptron per task, in the network's order. */
  readonly perceptrons: readonly {
    readonly intent: string;
    readonly bias: number;
    /** The weights that are not zero: [input index, weight, input index, weight, …]. */
    readonly weights: readonly number[];
  }[];
  /** NLP.js's order of the tasks when it lists scores (before sorting them). */
  readonly intentOrder: readonly string[];
  /** A perceptron's output is alpha × its sum, when the sum is positive. */
  readonly alpha: number;
  /** For each task, the inputs its training sentences had: a task none of them is in scores 0. */
  readonly intentFeatures: Readonly<Record<string, readonly string[]>>;
  /** A training sentence's sorted stems, joined by commas → its task (scored 1 when met again). */
  readonly exact: Readonly<Record<string, string>>;
}

/** Raise when the file's shape or its meaning changes: older cache files are then retrained. */
export const NETWORK_FORMAT = 1;

// The Norwegian Snowball stemmer NLP.js uses, loaded alone (not @nlpjs/lang-no's index, which
// brings its sentiment lexicon).
const StemmerNo = createRequire(import.meta.url)('@nlpjs/lang-no/src/stemmer-no.js') as new () => {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
};
const norwegian = new StemmerNo();

/**
 * The Snowball stem, uncached: NLP.js's own `stemWord` keeps every word it ever saw, which in a
 * long-running bot would be every word staff ever wrote.
 */
function stem(word: string): string {
  norwegian.setCurrent(word);
  norwegian.innerStem();
  return norwegian.getCurrent();
}

/** NLP.js's preparation of a sentence: normalised, split, stemmed, each stem once. */
function stems(text: string): Record<string, 1> {
  const tokens = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[\s,.!?;:([\]'"¡¿)/]+/)
    .filter((token) => token);
  // A plain object, as NLP.js's: its key order (integer-like keys first) is the order the
  // network adds its weights in, so the sums are bit for bit the same.
  const result: Record<string, 1> = {};
  for (const token of tokens) {
    const stemmed = stem(token).trim();
    if (stemmed) result[stemmed] = 1;
  }
  return result;
}

export interface NetworkScore {
  readonly intent: string;
  readonly score: number;
}

/** A loaded network, ready to score sentences. */
export class IntentNetwork {
  private readonly index: ReadonlyMap<string, number>;
  private readonly weights: readonly Float64Array[];
  private readonly activatedBy: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly exact: ReadonlyMap<string, string>;

  constructor(readonly model: NetworkModel) {
    this.index = new Map(model.features.map((feature, i) => [feature, i]));
    this.weights = model.perceptrons.map((p) => {
      const dense = new Float64Array(model.features.length);
      for (let i = 0; i + 1 < p.weights.length; i += 2)
        dense[p.weights[i] ?? 0] = p.weights[i + 1] ?? 0;
      return dense;
    });
    this.activatedBy = new Map(
      Object.entries(model.intentFeatures).map(([intent, features]) => [intent, new Set(features)]),
    );
    this.exact = new Map(Object.entries(model.exact));
  }

  /**
   * Every task with its score (0–1, summing to 1), tasks scoring 0 left out, best first — the
   * classifications NLP.js's `process` gives for `text`.
   */
  classify(text: string): NetworkScore[] {
    const prepared = stems(text);
    const known = Object.keys(prepared);
    const exact = this.exact.get([...known].sort().join());
    if (exact !== undefined) return [{ intent: exact, score: 1 }];
    const inputs = known.filter((feature) => this.index.has(feature));
    const outputs = new Map<string, number>();
    this.model.perceptrons.forEach((perceptron, p) => {
      const weights = this.weights[p] ?? new Float64Array();
      let sum = perceptron.bias;
      for (const feature of inputs) sum = sum + 1 * (weights[this.index.get(feature) ?? 0] ?? 0);
      outputs.set(perceptron.intent, sum <= 0 ? 0 : this.model.alpha * sum);
    });
    // A task none of whose training words is in the sentence gets nothing.
    const scored = this.model.intentOrder
      .map((intent) => ({ intent, score: outputs.get(intent) ?? 0 }))
      .filter((s) => s.score > 0)
      .map((s) => ({
        intent: s.intent,
        score: inputs.some((f) => this.activatedBy.get(s.intent)?.has(f)) ? s.score ** 2 : 0,
      }));
    const total = scored.reduce((sum, s) => sum + s.score, 0);
    return scored
      .filter((s) => s.score > 0)
      .map((s) => ({ intent: s.intent, score: s.score / total }))
      .sort((a, b) => b.score - a.score);
  }
}

/** The network and tables of an NLP.js export (`nlp.export()`, parsed), for one locale. */
export function networkFromNlpjs(exported: unknown, locale: string): NetworkModel {
  const manager = field(field(field(exported, 'nluManager'), 'domainManagers'), locale);
  const nlu = field(field(manager, 'domains'), 'master_domain');
  const network = field(nlu, 'neuralNetwork');
  const features = strings(field(network, 'features'));
  const intents = strings(field(network, 'intents'));
  const rows = field(network, 'perceptrons');
  if (!Array.isArray(rows) || rows.length !== intents.length)
    throw new Error('NLP.js export: one perceptron per intent expected');
  const exact: Record<string, string> = {};
  for (const [key, value] of Object.entries(record(field(manager, 'stemDict'))))
    exact[key] = String(field(value, 'intent'));
  const intentFeatures: Record<string, string[]> = {};
  for (const [intent, set] of Object.entries(record(field(nlu, 'intentFeatures'))))
    intentFeatures[intent] = Object.keys(record(set));
  return {
    format: NETWORK_FORMAT,
    features,
    perceptrons: intents.map((intent, i) => {
      const row = (rows[i] as unknown[]).map(Number);
      const weights: number[] = [];
      for (let j = 0; j < features.length; j++) if (row[j]) weights.push(j, row[j] ?? 0);
      return { intent, bias: row[features.length] ?? 0, weights };
    }),
    intentOrder: Object.keys(record(field(nlu, 'intents'))),
    alpha: Number(record(field(network, 'settings')).alpha ?? NLPJS_DEFAULT_ALPHA),
    intentFeatures,
    exact,
  };
}

/** NLP.js's default (its export leaves out settings at their default). */
const NLPJS_DEFAULT_ALPHA = 0.07;

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new Error('NLP.js export: not an object');
  return value as Record<string, unknown>;
}

function field(value: unknown, name: string): unknown {
  const found = record(value)[name];
  if (found === undefined) throw new Error(`NLP.js export: no ${name}`);
  return found;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) throw new Error('NLP.js export: a list expected');
  return value.map(String);
}

/** Checks a parsed cache file; anything else is not a network (and is retrained). */
export function isNetworkModel(value: unknown): value is NetworkModel {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<NetworkModel>;
  return (
    v.format === NETWORK_FORMAT &&
    Array.isArray(v.features) &&
    Array.isArray(v.perceptrons) &&
    Array.isArray(v.intentOrder) &&
    typeof v.alpha === 'number' &&
    typeof v.intentFeatures === 'object' &&
    typeof v.exact === 'object'
  );
}
