import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  heldOutCorpus,
  LANGUAGES,
  outOfScope,
  trainingCorpus,
} from '../../../dialogs/understanding/corpus.ts';
import {
  accuracy,
  byIntent,
  byLanguage,
  judge,
  type Judgement,
} from '../../../dialogs/understanding/evaluate.ts';
import { sharedUnderstander } from '../../../dialogs/understanding/shared-understander.ts';
import { TASK_ARGUMENT } from '../../../dialogs/understanding/task-arguments.ts';

/**
 * The held-out evaluation, with floors a few points under what `npm run bench:nlu` measured
 * (docs/benchmarks.md): a real regression fails, a sentence more or less does not.
 */
const FLOOR = { overall: 0.94, perLanguage: 0.93, perTask: 0.8, outOfScopeStarted: 13 };

let judged: Judgement[];
before(async () => {
  judged = await judge(await sharedUnderstander(), heldOutCorpus());
});

describe('held-out evaluation of the intent model', () => {
  it('keeps the held-out set apart from training, and large enough to mean something', () => {
    const training = trainingCorpus();
    const trained = new Set(training.map((u) => u.text.toLowerCase()));
    const heldOut = heldOutCorpus();
    const overlap = heldOut.filter((u) => trained.has(u.text.toLowerCase()));
    // The bare command words ("hjelp", "avbryt", "takk") are the same in both by nature.
    assert.ok(
      overlap.length <= 25,
      `held out and trained: ${overlap.map((u) => u.text).join(', ')}`,
    );
    assert.ok(heldOut.length / (heldOut.length + training.length) >= 0.2, 'at least 20 % held out');
  });

  it('has every task and small talk in every language, with at least 25 to train on', () => {
    const intents = [...Object.keys(TASK_ARGUMENT), 'greeting', 'thanks'];
    const training = trainingCorpus();
    for (const language of LANGUAGES)
      for (const intent of intents) {
        const n = training.filter((u) => u.language === language && u.intent === intent).length;
        assert.ok(n >= 25, `${language} ${intent}: ${n} utterances`);
      }
  });

  it('gets the first choice right overall and in each language', () => {
    const overall = accuracy(judged);
    assert.ok(overall.ratio >= FLOOR.overall, `overall ${overall.right}/${overall.total}`);
    for (const [language, a] of byLanguage(judged))
      assert.ok(a.ratio >= FLOOR.perLanguage, `${language}: ${a.right}/${a.total}`);
  });

  it('has no task far behind the others', () => {
    for (const [intent, a] of byIntent(judged))
      assert.ok(a.ratio >= FLOOR.perTask, `${intent}: ${a.right}/${a.total}`);
  });

  it('starts no task for most sentences about something else', async () => {
    const strays = await judge(await sharedUnderstander(), outOfScope());
    const started = strays.filter((j) => j.outcome === 'started');
    assert.ok(
      started.length <= FLOOR.outOfScopeStarted,
      started.map((j) => `${j.utterance.text} → ${j.chosen}`).join('; '),
    );
  });
});
