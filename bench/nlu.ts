/**
 * bench/nlu — how well Husly understands what staff write. Trains the intent model on the
 * committed corpus (dialogs/utterances/<language>.txt) and judges the held-out set
 * (dialogs/utterances/held-out/), which is written apart and never used to train or tune.
 * Prints accuracy per task and language, the confusion between tasks, the worst misses, the
 * training time, and a 5-fold cross-validation on the training corpus alone (what the
 * thresholds in understand.ts were chosen by). Not a test: it prints.
 *
 *   npm run bench:nlu
 */
import { performance } from 'node:perf_hooks';
import {
  heldOutCorpus,
  LANGUAGES,
  outOfScope,
  trainingCorpus,
  type Utterance,
} from '../dialogs/understanding/corpus.ts';
import { accuracy, byIntent, byLanguage, judge } from '../dialogs/understanding/evaluate.ts';
import { THRESHOLDS, Understander } from '../dialogs/understanding/understand.ts';

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

const training = trainingCorpus();
const heldOut = heldOutCorpus();
const started = performance.now();
const understander = await Understander.train(training);
const trainingMs = performance.now() - started;

console.log(
  `Corpus: ${training.length} training utterances, ${heldOut.length} held out ` +
    `(${pct(heldOut.length / (training.length + heldOut.length))} of all).`,
);
for (const language of LANGUAGES) {
  const t = training.filter((u) => u.language === language).length;
  const h = heldOut.filter((u) => u.language === language).length;
  console.log(`  ${language}: ${t} training, ${h} held out`);
}
console.log(
  `Training: ${trainingMs.toFixed(0)} ms. ` +
    `Thresholds: start ${THRESHOLDS.start}, suggest ${THRESHOLDS.suggest}.`,
);

const judged = await judge(understander, heldOut);
const overall = accuracy(judged);
console.log(
  `\nHeld-out accuracy (first choice right): ` +
    `${overall.right}/${overall.total} = ${pct(overall.ratio)}`,
);
const reachable = judged.filter((j) => j.reachable).length;
console.log(
  `Right task started or among the "Mente du …?" buttons: ` +
    `${reachable}/${judged.length} = ${pct(reachable / judged.length)}`,
);
const outcomes = ['started', 'offered', 'notUnderstood'] as const;
const count = (test: (j: (typeof judged)[number]) => boolean) => judged.filter(test).length;
console.log(
  `Outcomes: ${outcomes.map((o) => `${o} ${count((j) => j.outcome === o)}`).join(', ')}; ` +
    `started and wrong: ${count((j) => j.outcome === 'started' && !j.right)}`,
);

console.log('\nPer language:');
for (const [language, a] of byLanguage(judged))
  console.log(`  ${language}  ${a.right}/${a.total}  ${pct(a.ratio)}`);

console.log('\nPer task (all languages; nb / nn / en):');
const intents = [...byIntent(judged).keys()].sort();
for (const intent of intents) {
  const all = byIntent(judged).get(intent)!;
  const per = LANGUAGES.map((language) => {
    const a = accuracy(
      judged.filter((j) => j.utterance.intent === intent && j.utterance.language === language),
    );
    return `${a.right}/${a.total}`;
  });
  console.log(`  ${intent.padEnd(14)} ${pct(all.ratio).padStart(7)}   ${per.join('  ')}`);
}

console.log('\nConfusion (expected → chosen: count), misses only:');
const confusion = new Map<string, number>();
for (const j of judged.filter((x) => !x.right)) {
  const key = `${j.utterance.intent} → ${j.chosen}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
}
for (const [key, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${key}: ${n}`);

console.log('\nWorst misses (started the wrong task):');
for (const j of judged.filter((x) => x.outcome === 'started' && !x.right).slice(0, 25))
  console.log(
    `  [${j.utterance.language}] "${j.utterance.text}" — ${j.utterance.intent}, got ${j.chosen}`,
  );
console.log('\nNot understood or offered wrongly:');
for (const j of judged.filter((x) => x.outcome !== 'started' && !x.right).slice(0, 25))
  console.log(
    `  [${j.utterance.language}] "${j.utterance.text}" — ` +
      `${j.utterance.intent}, got ${j.chosen} (${j.outcome})`,
  );

const strays = await judge(understander, outOfScope());
const strayStarts = strays.filter((j) => j.outcome === 'started');
console.log(
  `\nOut of scope (${strays.length} sentences about nothing Husly does): ` +
    `${strayStarts.length} started a task, ` +
    `${strays.filter((j) => j.outcome === 'offered').length} got "Mente du …?", ` +
    `${strays.filter((j) => j.outcome === 'notUnderstood').length} "Det forstod jeg ikke".`,
);
for (const j of strayStarts) console.log(`  "${j.utterance.text}" started ${j.chosen}`);

// Cross-validation on the training corpus only: the basis for the thresholds.
const FOLDS = 5;
const folds: Utterance[][] = Array.from({ length: FOLDS }, () => []);
training.forEach((u, i) => folds[i % FOLDS]!.push(u));
const SWEEP = [0.5, 0.6, 0.7, 0.8, 0.9];
const sweep = new Map(SWEEP.map((start) => [start, { right: 0, wrong: 0, offered: 0 }]));
let total = 0;
for (let k = 0; k < FOLDS; k += 1) {
  const model = await Understander.train(folds.filter((_, i) => i !== k).flat());
  total += folds[k]!.length;
  for (const start of SWEEP) {
    const result = await judge(model.withThresholds({ ...THRESHOLDS, start }), folds[k]!);
    const tally = sweep.get(start)!;
    tally.right += result.filter((j) => j.outcome === 'started' && j.right).length;
    tally.wrong += result.filter((j) => j.outcome === 'started' && !j.right).length;
    tally.offered += result.filter((j) => j.outcome === 'offered').length;
  }
}
console.log(
  `\n${FOLDS}-fold cross-validation on the training corpus only (how the start threshold was ` +
    'chosen): start threshold → started right / started wrong / "Mente du …?"',
);
for (const [start, t] of sweep)
  console.log(
    `  ${start.toFixed(1)}${start === THRESHOLDS.start ? ' (used)' : '       '}  ` +
      `${pct(t.right / total)} / ${pct(t.wrong / total)} / ${pct(t.offered / total)}`,
  );
