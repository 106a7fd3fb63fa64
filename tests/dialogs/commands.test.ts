import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLookup, matchCommand, normaliseCommandText } from '../../dialogs/commands.ts';
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

  it('finds a case reference anywhere in an owner question: it wins over a name search', () => {
    const asked = (text: string) => {
      const match = matchCommand(text);
      return match && { id: match.id, target: classifyLookup(match.argument) };
    };
    const reference = { kind: 'reference', reference: '2026-0001' };
    for (const text of [
      'hvem har ansvaret for 2026-0001',
      'Hvem følger opp 2026-0001?',
      'hvem er saksbehandler på 2026-0001',
      'hvem er saksansvarlig for sak 2026/1',
      'kven fylgjer opp 2026-0001',
      'who owns 2026-0001',
      'Who is responsible for 2026 0001?',
      'hvem eier sak 1/2026',
      'hvem eier saken til sak 2026-0001 da',
    ])
      assert.deepEqual(asked(text), { id: 'whoOwns', target: reference }, text);
    assert.deepEqual(asked('hvem er kontaktperson for Kari Nordmann'), {
      id: 'whoOwns',
      target: { kind: 'name', name: 'Kari Nordmann' },
    });
    assert.deepEqual(
      classifyLookup('Kari Nordmann 2001-11-10'),
      { kind: 'name', name: 'Kari Nordmann 2001-11-10' },
      'a birth date is not case 2001-0011',
    );
    assert.deepEqual(classifyLookup('128793 43745'), {
      kind: 'nationalId',
      input: '12879343745',
    });
  });

  it('does not guess at other text', () => {
    for (const text of ['', 'hei', 'hjelp meg med Kari', 'kanal', 'koble'])
      assert.equal(matchCommand(text), null, text);
  });
});

describe('message catalogue', () => {
  it('falls back to bokmål for any locale without its own catalogue', () => {
    for (const locale of ['nb-NO', 'nb', 'no', 'de-DE', 'se-NO', '', undefined, null])
      assert.equal(textsFor(locale), nb);
  });

  it('gives bokmål for a locale that is not text at all', () => {
    for (const locale of [123, {}, ['en']]) assert.equal(textsFor(locale as never), nb);
  });

  it('gives bokmål, not an Object member, for locales named like prototype keys', () => {
    for (const locale of ['constructor', '__proto__', 'toString', 'hasOwnProperty-NO', 'valueOf_x'])
      assert.equal(textsFor(locale), nb, locale);
  });

  it('has a message for every domain error code in every language', () => {
    for (const texts of [nb, textsFor('nn-NO'), textsFor('en-GB')])
      for (const code of ERROR_CODES) assert.ok(texts.errors[code]?.length > 0, code);
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
