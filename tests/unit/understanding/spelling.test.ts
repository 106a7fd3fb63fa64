import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, SpellingCorrector } from '../../../dialogs/understanding/spelling.ts';

describe('spelling correction', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    assert.equal(editDistance('bekymirng', 'bekymring'), 1);
    assert.equal(editDistance('hjlep', 'hjelp'), 1);
    assert.equal(editDistance('malplan', 'malplanen'), 2);
    assert.equal(editDistance('abc', 'xyz'), 3);
  });

  const words = ['bekymring', 'bekymring', 'hjelp', 'hjelp', 'paminnelser', 'paminnelser', 'sak'];
  const corrector = new SpellingCorrector(words);

  it('corrects one letter in short words and two in long ones', () => {
    assert.equal(corrector.correct('bekymirng'), 'bekymring');
    assert.equal(corrector.correct('hjlep'), 'hjelp');
    assert.equal(corrector.correct('pamineler'), 'paminnelser', 'two letters in a long word');
  });

  it('leaves short words, numbers, known words and far-off words alone', () => {
    assert.equal(corrector.correct('sek'), 'sek', 'three letters: too short to guess');
    assert.equal(corrector.correct('xsaksnr'), 'xsaksnr');
    assert.equal(corrector.correct('pizza'), 'pizza');
    assert.equal(corrector.correct('2026'), '2026');
  });

  it('never corrects towards a word the corpus used only once', () => {
    assert.equal(new SpellingCorrector(['vaert']).correct('vaeret'), 'vaeret');
  });
});
