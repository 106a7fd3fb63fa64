import type { Language, Utterance } from './corpus.ts';
import type { Understander } from './understand.ts';

/** What Husly did with one evaluation sentence. */
export interface Judgement {
  readonly utterance: Utterance;
  /** The task (or small talk) Husly started or offered first; 'help' when it did not understand. */
  readonly chosen: string;
  readonly outcome: 'started' | 'offered' | 'notUnderstood';
  /** Right at first choice. */
  readonly right: boolean;
  /** The right task was started, or was one of the "Mente du …?" buttons. */
  readonly reachable: boolean;
}

/** The day the evaluation resolves dates against (a Thursday). */
const EVALUATION_DAY = '2026-11-26';

export async function judge(
  understander: Understander,
  utterances: readonly Utterance[],
): Promise<Judgement[]> {
  const out: Judgement[] = [];
  for (const utterance of utterances) {
    const result = await understander.understand(utterance.text, EVALUATION_DAY);
    const offered =
      result.kind === 'task'
        ? [result.command.id]
        : result.kind === 'smallTalk'
          ? [result.which]
          : result.kind === 'unsure'
            ? result.candidates.map((c) => c.id)
            : // "Det forstod jeg ikke helt" comes with the help card: for a user who asked
              // for help, that is the answer.
              ['help'];
    const chosen = offered[0] ?? 'help';
    out.push({
      utterance,
      chosen,
      outcome:
        result.kind === 'unsure'
          ? 'offered'
          : result.kind === 'unknown'
            ? 'notUnderstood'
            : 'started',
      right: chosen === utterance.intent,
      reachable: offered.includes(utterance.intent),
    });
  }
  return out;
}

export interface Accuracy {
  readonly right: number;
  readonly total: number;
  readonly ratio: number;
}

export function accuracy(judgements: readonly Judgement[]): Accuracy {
  const right = judgements.filter((j) => j.right).length;
  return {
    right,
    total: judgements.length,
    ratio: judgements.length ? right / judgements.length : 0,
  };
}

export function byIntent(judgements: readonly Judgement[]): Map<string, Accuracy> {
  return groupAccuracy(judgements, (j) => j.utterance.intent);
}

export function byLanguage(judgements: readonly Judgement[]): Map<Language, Accuracy> {
  return groupAccuracy(judgements, (j) => j.utterance.language);
}

function groupAccuracy<K>(
  judgements: readonly Judgement[],
  key: (j: Judgement) => K,
): Map<K, Accuracy> {
  const groups = new Map<K, Judgement[]>();
  for (const j of judgements) groups.set(key(j), [...(groups.get(key(j)) ?? []), j]);
  return new Map([...groups].map(([k, list]) => [k, accuracy(list)]));
}
