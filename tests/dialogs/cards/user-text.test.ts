import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adaptiveCard, userText } from '../../../dialogs/cards/adaptive-card.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';

describe('userText (anything a user typed, shown in a card)', () => {
  it('puts the text unchanged in TextRuns, which Adaptive Cards never read as Markdown', () => {
    const typed = '**fet** [klikk](https://evil.example) 128793***** _x_';
    const block = userText([{ text: 'Beboer: ', weight: 'Bolder' }, typed], { spacing: 'None' });
    assert.equal(block.type, 'RichTextBlock');
    assert.deepEqual(block.inlines, [
      { type: 'TextRun', text: 'Beboer: ', weight: 'Bolder' },
      { type: 'TextRun', text: typed },
    ]);
    assert.deepEqual(validateAdaptiveCard(adaptiveCard([block])), []);
  });
});
