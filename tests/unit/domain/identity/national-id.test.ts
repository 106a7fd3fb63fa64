import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hashNationalId } from '../../../../src/domain/identity/national-id-hash.ts';
import {
  maskNationalId,
  parseNationalId,
  type NationalId,
} from '../../../../src/domain/identity/national-id.ts';
import { present } from '../../../helpers/assert-present.ts';

interface Fixture {
  valid: { number: string; birthDate: string }[];
  dNumbers: { number: string; birthDate: string }[];
  invalid: { input: string; why: string }[];
  acceptedFormats: { input: string; normalised: string }[];
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/fodselsnummer.json', import.meta.url), 'utf8'),
) as Fixture;

const dev = { allowSynthetic: true };
const prod = { allowSynthetic: false };
const parsed = (input: string): NationalId => {
  const result = parseNationalId(input, dev);
  assert.ok(result.ok, `${input} should be valid, got ${result.ok ? '' : result.code}`);
  return result.value;
};

/** Computes a number's check digits, so tests can build numbers without committing any. */
function withCheckDigits(nine: string): string | null {
  const d = [...nine].map(Number);
  const k1 = (11 - (weighted([3, 7, 6, 1, 8, 9, 4, 5, 2], d) % 11)) % 11;
  if (k1 === 10) return null;
  const k2 = (11 - (weighted([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]) % 11)) % 11;
  return k2 === 10 ? null : `${nine}${k1}${k2}`;
}

/** The sum of weight × digit, position by position (one digit for each weight). */
function weighted(weights: readonly number[], digits: readonly number[]): number {
  return weights.reduce((s, w, i) => s + w * present(digits[i], `digit ${i + 1}`), 0);
}

describe('parseNationalId', () => {
  for (const { number, birthDate } of fixture.valid)
    it(`accepts fødselsnummer ${number.slice(0, 6)}***** born ${birthDate}`, () => {
      const id = parsed(number);
      assert.equal(id.kind, 'fodselsnummer');
      assert.equal(id.birthDate, birthDate);
      assert.equal(id.synthetic, 'month+80');
    });

  for (const { number, birthDate } of fixture.dNumbers)
    it(`accepts D-nummer ${number.slice(0, 6)}***** born ${birthDate}`, () => {
      const id = parsed(number);
      assert.equal(id.kind, 'd-nummer');
      assert.equal(id.birthDate, birthDate);
    });

  for (const { input, why } of fixture.invalid)
    it(`rejects "${input}" (${why})`, () => {
      assert.equal(parseNationalId(input, dev).ok, false);
    });

  for (const { input, normalised } of fixture.acceptedFormats)
    it(`normalises "${input}"`, () => {
      assert.equal(parsed(input).digits, normalised);
    });

  it('says why a number is wrong', () => {
    const code = (input: string) => {
      const r = parseNationalId(input, dev);
      return r.ok ? 'ok' : r.code;
    };
    assert.equal(code(''), 'NATIONAL_ID.EMPTY');
    assert.equal(code('   '), 'NATIONAL_ID.EMPTY');
    assert.equal(code('10910O74148'), 'NATIONAL_ID.FORMAT');
    assert.equal(code('1091017414'), 'NATIONAL_ID.LENGTH');
    assert.equal(code('10910174149'), 'NATIONAL_ID.CHECKSUM');
    assert.equal(code('31828500018'), 'NATIONAL_ID.DATE');
  });

  it('refuses synthetic numbers (month +40, +65, +80) in production with their own code', () => {
    let checked = 0;
    // DD, MM + offset, YY, individual number
    for (const nine of [
      '104101741',
      '106601741',
      '108101741',
      '104201741',
      '106701741',
      '108201741',
    ]) {
      const number = withCheckDigits(nine);
      if (!number) continue; // no valid check digits exist for these nine digits
      checked++;
      const result = parseNationalId(number, prod);
      assert.deepEqual(result, { ok: false, code: 'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION' }, nine);
      assert.equal(parseNationalId(number, dev).ok, true);
    }
    assert.ok(checked >= 3, `only ${checked} synthetic numbers checked`);
  });

  it('accepts an ordinary number in production (built here, never committed)', () => {
    // Day 10, month 11, year 01, individual number 741: computed check digits.
    const number = withCheckDigits('101101741');
    assert.ok(number);
    const result = parseNationalId(number, prod);
    assert.ok(result.ok);
    assert.equal(result.value.synthetic, null);
    assert.equal(result.value.birthDate, '2001-11-10');
  });

  it('takes the century from the individual number', () => {
    const year = (nine: string) => {
      const n = withCheckDigits(nine);
      return n ? parseNationalId(n, dev) : null;
    };
    const cases: [string, string | null][] = [
      ['010180123', '1980-01-01'], // 000–499 → 1900s
      ['010160600', '1860-01-01'], // 500–749 with yy ≥ 54 → 1800s
      ['010150950', '1950-01-01'], // 900–999 with yy ≥ 40 → 1900s
      ['010110600', '2010-01-01'], // 500–999 with yy < 40 → 2000s
      ['010150800', null], // 750–899 with yy ≥ 40: no century
    ];
    let checked = 0;
    for (const [nine, expected] of cases) {
      // Month + 80 keeps these synthetic.
      const month = String(Number(nine.slice(2, 4)) + 80);
      const synthetic = `${nine.slice(0, 2)}${month}${nine.slice(4)}`;
      const result = year(synthetic);
      if (result === null) continue; // no valid check digits for this combination
      checked++;
      assert.deepEqual(result.ok ? result.value.birthDate : null, expected, nine);
    }
    assert.ok(checked >= 4, `only ${checked} centuries checked`);
  });

  it('accepts the first check digit of the 2032 rule (r = 1..3) as long as k2 holds', () => {
    const base = '109101741';
    const classic = withCheckDigits(base)!;
    const s1 = [3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * Number(base[i]), 0) % 11;
    let accepted = 0;
    for (const r of [1, 2, 3]) {
      const k1 = (11 + r - s1) % 11;
      if (k1 === 10) continue;
      const digits = [...base, String(k1)].map(Number);
      const k2 = (11 - (weighted([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], digits) % 11)) % 11;
      if (k2 === 10) continue;
      const number = `${base}${k1}${k2}`;
      assert.notEqual(number, classic);
      assert.ok(parseNationalId(number, dev).ok, number);
      accepted++;
    }
    assert.ok(accepted > 0);
  });
});

describe('maskNationalId and hashNationalId', () => {
  const first = present(fixture.valid[0], 'a valid number in the fixture');
  const id = parsed(first.number);

  it('masks as DDMMYY*****', () => {
    assert.equal(maskNationalId(id), `${first.number.slice(0, 6)}*****`);
  });

  it('hashes with the key: same number and key → same hash; another key → another hash', () => {
    const a = hashNationalId(id, 'k'.repeat(32));
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.equal(
      hashNationalId(
        parsed(present(fixture.acceptedFormats[1], 'a second accepted format').input),
        'k'.repeat(32),
      ),
      a,
      'input format does not matter',
    );
    assert.notEqual(hashNationalId(id, 'x'.repeat(32)), a);
    assert.ok(!a.includes(id.digits));
  });
});
