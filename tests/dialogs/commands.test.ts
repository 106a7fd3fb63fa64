import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchCommand, normaliseCommandText } from '../../dialogs/commands.ts';
import { textsFor } from '../../dialogs/texts/index.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { ERROR_CODES } from '../../src/domain/common/errors.ts';

describe('text commands', () => {
  it('folds case, Norwegian letters, diacritics, punctuation and spacing', () => {
    assert.equal(normaliseCommandText('  Målplan   FØR ærend! '), 'malplan for aerend');
    assert.equal(normaliseCommandText('?'), '?');
    assert.equal(normaliseCommandText('«hjelp»'), 'hjelp');
  });

  it('recognises each command and its argument', () => {
    assert.deepEqual(matchCommand('Hjelp!'), { id: 'help', argument: '' });
    assert.deepEqual(matchCommand('help'), { id: 'help', argument: '' });
    assert.deepEqual(matchCommand('?'), { id: 'help', argument: '' });
    assert.deepEqual(matchCommand('Avbryt.'), { id: 'cancel', argument: '' });
    assert.deepEqual(matchCommand('koble kanal nav-bolig'), {
      id: 'linkChannel',
      argument: 'nav-bolig',
    });
    assert.deepEqual(matchCommand('Koble til kanalen'), { id: 'linkChannel', argument: '' });
    assert.deepEqual(matchCommand('Restansen er betalt 2026-0004'), {
      id: 'arrearsPaid',
      argument: '2026-0004',
    });
    assert.deepEqual(matchCommand('husleien er betalt for sak 2026-0004'), {
      id: 'arrearsPaid',
      argument: '2026-0004',
    });
    assert.deepEqual(matchCommand('Avslutt sak 2026-0004'), {
      id: 'closeCase',
      argument: '2026-0004',
    });
    assert.deepEqual(matchCommand('Ta saken 2026-0006'), { id: 'take', argument: '2026-0006' });
    assert.deepEqual(matchCommand('ta sak 2026/6'), { id: 'take', argument: '2026/6' });
    assert.deepEqual(matchCommand('jeg tar saken nr 2026-0006'), {
      id: 'take',
      argument: '2026-0006',
    });
    assert.deepEqual(
      matchCommand('avslutt'),
      { id: 'cancel', argument: '' },
      'a bare "avslutt" still cancels',
    );
  });

  it('does not guess at other text', () => {
    for (const text of ['', 'hei', 'hjelp meg med Kari', 'kanal', 'koble'])
      assert.equal(matchCommand(text), null, text);
  });
});

describe('message catalogue', () => {
  it('falls back to bokmål for any locale without its own catalogue', () => {
    for (const locale of ['nb-NO', 'nb', 'no', 'en-US', 'nn-NO', '', undefined, null])
      assert.equal(textsFor(locale), nb);
  });

  it('gives bokmål, not an Object member, for locales named like prototype keys', () => {
    for (const locale of ['constructor', '__proto__', 'toString', 'hasOwnProperty-NO', 'valueOf_x'])
      assert.equal(textsFor(locale), nb, locale);
  });

  it('has a Norwegian message for every domain error code', () => {
    for (const code of ERROR_CODES) assert.ok(nb.errors[code]?.length > 0, code);
  });

  it('tells an unregistered user whom to contact or the IT department if there is no admin', () => {
    assert.match(nb.notRegistered([{ name: 'A B', email: 'a@k.no' }]), /A B \(a@k\.no\)/);
    assert.match(nb.notRegistered([]), /IT-avdelingen/);
  });
});

describe('placeholders in help texts', () => {
  it('use [brackets], not <angle brackets> that Teams swallows as markup', () => {
    const text = JSON.stringify(nb, (_key, value: unknown) =>
      typeof value === 'function' ? String(value) : value,
    );
    assert.doesNotMatch(text, /<(?:enhet|type|saksnummer|navn)>/);
    assert.match(text, /koble kanal \[enhet\]/);
  });
});
