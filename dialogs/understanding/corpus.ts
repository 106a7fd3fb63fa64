import { readFileSync } from 'node:fs';
import { foldText } from '../../src/domain/common/fold-text.ts';

/** The languages Husly understands; nynorsk and bokmål share the Norwegian model. */
export type Language = 'nb' | 'nn' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];

export interface Utterance {
  readonly language: Language;
  readonly intent: string;
  readonly text: string;
}

const CORPUS_DIR = new URL('../utterances/', import.meta.url);

/**
 * Reads a corpus file: `# comment`, `[intent]` starting a section, then one utterance per line.
 */
function parseCorpus(language: Language, source: string): Utterance[] {
  const out: Utterance[] = [];
  let intent: string | null = null;
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const section = /^\[([A-Za-z]+)\]$/.exec(line);
    if (section) return void (intent = section[1] ?? null);
    if (!intent) throw new Error(`${language} corpus line ${index + 1}: utterance before [intent]`);
    out.push({ language, intent, text: line });
  });
  return out;
}

/** The training corpus (dialogs/utterances/<language>.txt). */
export function trainingCorpus(languages: readonly Language[] = LANGUAGES): Utterance[] {
  return languages.flatMap((language) =>
    parseCorpus(language, readFileSync(new URL(`${language}.txt`, CORPUS_DIR), 'utf8')),
  );
}

/**
 * The held-out set (dialogs/utterances/held-out/): written apart from the training corpus, used
 * only to measure (`npm run bench:nlu` and the accuracy test), never to train or tune.
 */
export function heldOutCorpus(languages: readonly Language[] = LANGUAGES): Utterance[] {
  return languages.flatMap((language) =>
    parseCorpus(language, readFileSync(new URL(`held-out/${language}.txt`, CORPUS_DIR), 'utf8')),
  );
}

/**
 * Sentences about nothing Husly does (dialogs/utterances/out-of-scope.txt): measured, never
 * trained on. Husly should answer them with "Det forstod jeg ikke", not start a task.
 */
export function outOfScope(): Utterance[] {
  return parseCorpus('nb', readFileSync(new URL('out-of-scope.txt', CORPUS_DIR), 'utf8'));
}

/**
 * The people and places the corpus uses as examples: words written with a capital letter
 * inside a sentence ("Kari Nordmann", "Boligstiftelsen"), folded. They say who or where, never
 * which task, so the model does not learn them.
 */
export function exampleNames(corpus: readonly Utterance[]): Set<string> {
  const names = new Set<string>();
  for (const { text } of corpus)
    text.split(/\s+/).forEach((token, index) => {
      const clean = token.replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
      if (index > 0 && /^\p{Lu}\p{Ll}+$/u.test(clean) && clean !== 'Husly')
        names.add(foldText(clean));
    });
  return names;
}
