import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helpCard } from '../../dialogs/cards/help.card.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';

describe('help card', () => {
  const variants = [
    { isAdmin: false, inChannel: false },
    { isAdmin: true, inChannel: false, firstName: 'Kristin' },
    { isAdmin: false, inChannel: true },
    { isAdmin: true, inChannel: true },
  ];

  for (const input of variants)
    it(`is a valid Adaptive Card 1.5 (${JSON.stringify(input)})`, () => {
      const card = helpCard(nb, input);
      assert.equal(card.version, '1.5');
      assert.deepEqual(validateAdaptiveCard(card), []);
    });

  it('lists admin commands for admins only, and the mention rule in channels only', () => {
    const text = (input: (typeof variants)[number]) => JSON.stringify(helpCard(nb, input));
    assert.match(text(variants[1]), /koble kanal/);
    assert.doesNotMatch(text(variants[0]), /koble kanal/);
    assert.match(text(variants[2]), /@Husly/);
    assert.doesNotMatch(text(variants[0]), /@Husly/);
    assert.match(text(variants[1]), /Hei, Kristin!/);
  });

  it('the validator really rejects a broken card', () => {
    assert.notDeepEqual(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok' }] }), []);
  });
});
