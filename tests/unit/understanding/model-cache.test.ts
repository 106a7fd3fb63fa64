import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { trainingCorpus } from '../../../dialogs/understanding/corpus.ts';
import { Understander } from '../../../dialogs/understanding/understand.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'husly-nlu-cache-'));
const cacheDir = pathToFileURL(`${dir}/`);
after(() => rmSync(dir, { recursive: true, force: true }));

const TODAY = '2026-11-26';
const SENTENCES = ['hvem følger opp 2026-0004', 'kva fristar har eg', 'show my cases', 'hjlep'];
const rankings = async (u: Understander) =>
  Promise.all(SENTENCES.map(async (s) => (await u.rank(s, TODAY)).slice(0, 3)));

describe('the trained model cache (cold start)', () => {
  it('saves the trained model once and loads the same model from it', async () => {
    const corpus = trainingCorpus();
    const trained = await Understander.train(corpus, { cacheDir });
    const files = readdirSync(dir);
    assert.equal(files.length, 1, files.join(', '));
    assert.match(files[0] ?? '', /^intent-network-[0-9a-f]{32}\.json$/);
    const loaded = await Understander.train(corpus, { cacheDir });
    assert.deepEqual(await rankings(loaded), await rankings(trained));
  });

  it('trains anew for another corpus, and over a corrupt cache file', async () => {
    const corpus = trainingCorpus(['nb']);
    await Understander.train(corpus, { cacheDir });
    assert.equal(readdirSync(dir).length, 2, 'one file per corpus');
    for (const file of readdirSync(dir)) writeFileSync(path.join(dir, file), '{ not json');
    const u = await Understander.train(corpus, { cacheDir });
    const [first] = await u.rank('hvem følger opp 2026-0004', TODAY);
    assert.equal(first?.intent, 'whoOwns', 'a working model, not the broken file');
  });

  it('keeps a snapshot that ranks as its model, and refuses anything else', async () => {
    const corpus = trainingCorpus(['nb']);
    const trained = await Understander.train(corpus, { cacheDir });
    const restored = Understander.fromSnapshot(JSON.parse(JSON.stringify(trained.snapshot())));
    assert.ok(restored);
    assert.deepEqual(await rankings(restored), await rankings(trained));
    const { format: _, ...unnamed } = trained.snapshot();
    for (const bad of [null, 'text', {}, unnamed, { ...trained.snapshot(), model: {} }])
      assert.equal(Understander.fromSnapshot(bad), null);
  });
});
