import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities, MASKS } from '../../../dialogs/understanding/entities.ts';

// Thursday 26 November 2026.
const TODAY = '2026-11-26';
const found = (text: string) => extractEntities(text, TODAY).entities;

describe('entities anywhere in a sentence', () => {
  it('reads case references in every written form, and masks them', () => {
    for (const text of [
      'hvem eier 2026-0004',
      'frister for sak 4/2026 takk',
      'kan du se på 2026 0004 i dag',
      'saken 2026-0004 er betalt',
      'who owns case 2026/4?',
    ])
      assert.equal(found(text).reference, '2026-0004', text);
    assert.equal(
      extractEntities('hvem eier 2026-0004?', TODAY).masked,
      `hvem eier ${MASKS.reference} ?`,
    );
  });

  it('does not read a birth date, a year-first date or an amount as a case', () => {
    const e = found('født 2001-11-10, hvem eier saken');
    assert.equal(e.reference, null);
    assert.deepEqual(e.dates, ['2001-11-10']);
    assert.deepEqual(found('utkastelse 2026/3/14').dates, ['2026-03-14']);
    assert.equal(found('utkastelse 2026/3/14').reference, null, 'not case 2026-0003');
    assert.equal(found('vis påminnelser 2026 12 01').reference, null, 'not case 2026-0012');
    assert.equal(found('hun skylder 2025 12500 kr').reference, null, 'an amount');
  });

  it('reads identity numbers with any spacing or hyphen, and says whether they are valid', () => {
    // Synthetic (month + 80), from tests/fixtures/fodselsnummer.json.
    for (const text of [
      'hvem følger opp 10910174148',
      'fnr 109101 74148 hvem eier',
      'personen med 109101-74148',
      '10 91 01 741 48 har fått varsel',
    ])
      assert.deepEqual(found(text).nationalId, { digits: '10910174148', valid: true }, text);
    assert.deepEqual(found('hvem eier 10910174149').nationalId, {
      digits: '10910174149',
      valid: false,
    });
    assert.equal(found('hvem eier 10910174148').reference, null, 'a number is not a case');
  });

  it('reads relative dates, weekdays and short dates against today', () => {
    assert.deepEqual(found('frist i morgen').dates, ['2026-11-27']);
    assert.deepEqual(found('utkastelse i morgon').dates, ['2026-11-27'], 'nynorsk');
    assert.deepEqual(found('eviction tomorrow').dates, ['2026-11-27'], 'English');
    assert.deepEqual(found('i dag').dates, ['2026-11-26']);
    assert.deepEqual(found('på fredag').dates, ['2026-11-27'], 'the coming Friday');
    assert.deepEqual(found('torsdag').dates, ['2026-11-26'], 'today is Thursday');
    assert.deepEqual(found('måndag').dates, ['2026-11-30'], 'nynorsk Monday');
    assert.deepEqual(found('ny dato 3.12').dates, ['2026-12-03']);
    assert.deepEqual(found('møte 3.1').dates, ['2027-01-03'], 'a past day and month is next year');
    assert.deepEqual(found('3. desember 2026').dates, ['2026-12-03']);
    assert.deepEqual(found('on December 3rd').dates, ['2026-12-03']);
    assert.deepEqual(found('24.11.2026 og 2026-12-03').dates, ['2026-11-24', '2026-12-03']);
  });

  it('leaves times, impossible dates and ordinary words alone', () => {
    assert.deepEqual(found('kl 14.30 i morgen').dates, ['2026-11-27']);
    assert.deepEqual(found('31.2').dates, []);
    assert.deepEqual(found('may I see my cases').dates, []);
    assert.equal(extractEntities('kl 14.30', TODAY).masked, 'kl 14.30');
  });
});
