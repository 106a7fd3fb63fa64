import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  heldOutCorpus,
  outOfScope,
  trainingCorpus,
} from '../../../dialogs/understanding/corpus.ts';
import { extractEntities } from '../../../dialogs/understanding/entities.ts';
import {
  modelWords,
  networkInput,
  trainingDocuments,
} from '../../../dialogs/understanding/intent-model.ts';
import { IntentNetwork, networkFromNlpjs } from '../../../dialogs/understanding/network.ts';
import { trainNlpjs } from '../../../dialogs/understanding/nlpjs-trainer.ts';

type Nlp = Awaited<ReturnType<typeof trainNlpjs>>;
const LOCALE = 'no';
const TODAY = '2026-11-27';

let nlp: Nlp;
let network: IntentNetwork;
before(async () => {
  nlp = await trainNlpjs(trainingDocuments(trainingCorpus()).documents, LOCALE);
  network = new IntentNetwork(networkFromNlpjs(JSON.parse(nlp.export(true)), LOCALE));
});

/** What NLP.js's own `process` scores, as Husly used it before it ran the network itself. */
async function nlpjsScores(text: string) {
  const result = await nlp.process(LOCALE, text);
  return result.classifications
    .filter((c) => c.intent !== 'None' && c.score > 0)
    .map((c) => ({ intent: c.intent, score: c.score }))
    .sort((a, b) => b.score - a.score);
}

/** Network inputs of sentences: as written, and with a word dropped or two words swapped. */
function inputs(texts: readonly string[]): string[] {
  const result = new Set<string>();
  for (const text of texts) {
    const words = modelWords(extractEntities(text, TODAY).masked);
    result.add(networkInput(words));
    if (words.length > 1) {
      result.add(networkInput(words.slice(1)));
      result.add(networkInput([words[1] ?? '', words[0] ?? '', ...words.slice(2)]));
    }
  }
  result.delete('');
  return [...result];
}

describe('the intent network Husly runs, against NLP.js', () => {
  it('scores every sentence, seen and unseen, as NLP.js does', async () => {
    const texts = [...trainingCorpus(), ...heldOutCorpus(), ...outOfScope()].map((u) => u.text);
    const all = inputs(texts);
    assert.ok(all.length > 5000, `${all.length} inputs`);
    let exact = 0;
    for (const input of all) {
      const expected = await nlpjsScores(input);
      const actual = network.classify(input);
      assert.deepEqual(
        actual.map((s) => s.intent),
        expected.map((s) => s.intent),
        input,
      );
      actual.forEach((s, i) => assert.ok(Math.abs(s.score - (expected[i]?.score ?? 0)) < 1e-12));
      if (actual.length === 1 && actual[0]?.score === 1) exact += 1;
    }
    // Both paths met: the table of training sentences (score 1) and the network itself.
    assert.ok(exact > 1000 && exact < all.length - 1000, `${exact} exact of ${all.length}`);
  });

  it('gives nothing for words it never learnt, as NLP.js does', async () => {
    for (const input of ['qqq zzz', 'ukjentord']) {
      assert.deepEqual(await nlpjsScores(input), []);
      assert.deepEqual(network.classify(input), []);
    }
  });
});
