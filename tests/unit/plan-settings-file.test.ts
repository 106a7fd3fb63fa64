import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MEASURE_TYPES } from '../../src/domain/goal-plan/goal-plan.ts';
import {
  DEFAULT_PLAN_SETTINGS,
  measureTypeCodes,
  type PlanSettings,
} from '../../src/domain/goal-plan/plan-settings.ts';
import { parsePlanSettings } from '../../src/plan-settings-file.ts';

const GUARANTEE = {
  code: 'husleiegaranti',
  label: { nb: 'Husleiegaranti', nn: 'Husleigegaranti', en: 'Rent guarantee' },
};

/** The settings from a file that must be accepted. */
function accepted(file: unknown): PlanSettings {
  const result = parsePlanSettings(JSON.stringify(file));
  assert.ok(result.ok, result.ok ? '' : result.problems.join(' | '));
  return result.settings;
}

/** The problems of a file that must be refused. */
function refused(file: unknown): string[] {
  const result = parsePlanSettings(typeof file === 'string' ? file : JSON.stringify(file));
  assert.ok(!result.ok, 'was accepted');
  return result.problems;
}

/** One entry, the guarantee with `change` applied. */
const withEntry = (change: Record<string, unknown>) => ({
  measureTypes: [{ ...GUARANTEE, ...change }],
});

describe('parsePlanSettings: a file the municipality may write', () => {
  it('adds measure types after the built-in ones, with their labels', () => {
    const settings = accepted({
      measureTypes: [
        GUARANTEE,
        { code: 'tilrettelagt-bolig', label: { nb: 'Tilrettelagt bolig' } },
      ],
    });
    assert.deepEqual(settings, {
      extraMeasureTypes: [
        GUARANTEE,
        { code: 'tilrettelagt-bolig', label: { nb: 'Tilrettelagt bolig' } },
      ],
    });
    assert.deepEqual(measureTypeCodes(settings), [
      ...MEASURE_TYPES,
      'husleiegaranti',
      'tilrettelagt-bolig',
    ]);
  });

  it('leaves out a language not given (no undefined keys) and trims labels', () => {
    const [only] = accepted(
      withEntry({ label: { nb: '  Husleiegaranti ', en: ' Rent guarantee' } }),
    ).extraMeasureTypes;
    assert.deepEqual(only?.label, { nb: 'Husleiegaranti', en: 'Rent guarantee' });
    assert.ok(!('nn' in (only?.label ?? {})));
  });

  it('keeps the default without measure types: an empty object or an empty list', () => {
    assert.deepEqual(accepted({}), DEFAULT_PLAN_SETTINGS);
    assert.deepEqual(accepted({ measureTypes: [] }), DEFAULT_PLAN_SETTINGS);
  });

  it('accepts codes of 2 and of 40 characters, with digits and hyphens', () => {
    for (const code of ['ab', '7a', 'a'.repeat(40), 'tiltak-2-b'])
      assert.equal(accepted(withEntry({ code })).extraMeasureTypes[0]?.code, code);
  });

  it('accepts labels of 60 characters, spaces around them not counted', () => {
    const sixty = 'x'.repeat(60);
    const [only] = accepted(
      withEntry({ label: { nb: `  ${sixty}  `, nn: sixty, en: sixty } }),
    ).extraMeasureTypes;
    assert.equal(only?.label.nb, sixty);
  });

  it('accepts 50 extra types', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => ({
      code: `tiltak-${i}`,
      label: { nb: 'T' },
    }));
    assert.equal(accepted({ measureTypes: fifty }).extraMeasureTypes.length, 50);
  });
});

describe('parsePlanSettings: refusals, each naming its entry', () => {
  it('refuses an entry without a code', () => {
    assert.deepEqual(refused({ measureTypes: [{ label: { nb: 'Husleiegaranti' } }] }), [
      'measureTypes[0].code: mangler',
    ]);
    assert.deepEqual(refused(withEntry({ code: 12 })), ['measureTypes[0].code: må være tekst']);
  });

  it('refuses a code that is not 2–40 lower-case letters, digits and hyphens', () => {
    const rule =
      'må være 2–40 tegn: små bokstaver a–z, sifre og bindestrek, ' +
      'og begynne med bokstav eller siffer';
    for (const code of [
      'a',
      'a'.repeat(41),
      'Husleiegaranti',
      'husleie garanti',
      '-garanti',
      'husleiegaranti ',
      'bostøtte',
      'leie_garanti',
      '',
    ])
      assert.deepEqual(
        refused(withEntry({ code })),
        [`measureTypes[0].code: «${code}» ${rule}`],
        code,
      );
  });

  it('refuses every built-in code: «bostotte» finnes fra før', () => {
    assert.deepEqual(
      refused({
        measureTypes: [
          GUARANTEE,
          { code: 'startlan', label: { nb: 'S' } },
          { code: 'bostotte', label: { nb: 'B' } },
        ],
      }),
      [
        'measureTypes[1].code: «startlan» finnes fra før (innebygd tiltakstype)',
        'measureTypes[2].code: «bostotte» finnes fra før (innebygd tiltakstype)',
      ],
    );
    for (const code of MEASURE_TYPES)
      assert.deepEqual(refused(withEntry({ code })), [
        `measureTypes[0].code: «${code}» finnes fra før (innebygd tiltakstype)`,
      ]);
  });

  it('says a built-in code listed twice is built in, not that it is a duplicate', () => {
    const bostotte = { code: 'bostotte', label: { nb: 'Bostøtte' } };
    assert.deepEqual(refused({ measureTypes: [bostotte, bostotte] }), [
      'measureTypes[0].code: «bostotte» finnes fra før (innebygd tiltakstype)',
      'measureTypes[1].code: «bostotte» finnes fra før (innebygd tiltakstype)',
    ]);
  });

  it('refuses a code listed twice, naming the first entry', () => {
    const other = { code: 'tilrettelagt-bolig', label: { nb: 'Tilrettelagt bolig' } };
    assert.deepEqual(refused({ measureTypes: [GUARANTEE, other, GUARANTEE, GUARANTEE] }), [
      'measureTypes[2].code: «husleiegaranti» finnes fra før (measureTypes[0])',
      'measureTypes[3].code: «husleiegaranti» finnes fra før (measureTypes[0])',
    ]);
  });

  it('finds a duplicate even when another entry is malformed', () => {
    assert.deepEqual(refused({ measureTypes: [GUARANTEE, 'husleiegaranti', GUARANTEE] }), [
      'measureTypes[1]: må være et objekt med code og label',
      'measureTypes[2].code: «husleiegaranti» finnes fra før (measureTypes[0])',
    ]);
  });

  it('refuses a missing, empty or too long bokmål label', () => {
    assert.deepEqual(refused(withEntry({ label: undefined })), [
      'measureTypes[0].label: mangler (minst nb)',
    ]);
    assert.deepEqual(refused(withEntry({ label: { nn: 'Husleigegaranti' } })), [
      'measureTypes[0].label.nb: mangler',
    ]);
    assert.deepEqual(refused(withEntry({ label: { nb: '   ' } })), [
      'measureTypes[0].label.nb: kan ikke være tom',
    ]);
    assert.deepEqual(refused(withEntry({ label: { nb: 'x'.repeat(61) } })), [
      'measureTypes[0].label.nb: høyst 60 tegn',
    ]);
    assert.deepEqual(refused(withEntry({ label: 'Husleiegaranti' })), [
      'measureTypes[0].label: må være et objekt med nb, nn og en',
    ]);
  });

  it('refuses an empty or too long nynorsk or English label, and other languages', () => {
    assert.deepEqual(refused(withEntry({ label: { nb: 'Husleiegaranti', nn: '', en: 7 } })), [
      'measureTypes[0].label.nn: kan ikke være tom',
      'measureTypes[0].label.en: må være tekst',
    ]);
    assert.deepEqual(refused(withEntry({ label: { nb: 'H', en: ` ${'x'.repeat(61)}` } })), [
      'measureTypes[0].label.en: høyst 60 tegn',
    ]);
    assert.deepEqual(refused(withEntry({ label: { nb: 'H', se: 'Láigoduhtingáranti' } })), [
      'measureTypes[0].label: ukjent språk: se (bare nb, nn og en)',
    ]);
  });

  it('refuses more than 50 extra types', () => {
    const many = Array.from({ length: 51 }, (_, i) => ({
      code: `tiltak-${i}`,
      label: { nb: 'T' },
    }));
    assert.deepEqual(refused({ measureTypes: many }), [
      'measureTypes: høyst 50 ekstra tiltakstyper (filen har 51)',
    ]);
  });

  it('refuses unknown keys, in the file and in an entry', () => {
    assert.deepEqual(refused({ measureType: [GUARANTEE] }), [
      '(fil): ukjent innstilling: measureType',
    ]);
    assert.deepEqual(refused(withEntry({ active: true, colour: 'red' })), [
      'measureTypes[0]: ukjent innstilling: active, colour',
    ]);
  });

  it('refuses what is not JSON, not an object or not a list', () => {
    assert.deepEqual(refused('{ "measureTypes": [ '), ['er ikke gyldig JSON']);
    assert.deepEqual(refused([GUARANTEE]), [
      '(fil): må være et JSON-objekt: { "measureTypes": […] }',
    ]);
    assert.deepEqual(refused({ measureTypes: GUARANTEE }), ['measureTypes: må være en liste']);
    assert.deepEqual(refused({ measureTypes: [null] }), [
      'measureTypes[0]: må være et objekt med code og label',
    ]);
  });

  it('lists every problem at once, in file order', () => {
    assert.deepEqual(
      refused({
        measureTypes: [
          { code: 'Husleiegaranti', label: { nb: '' } },
          { code: 'bostotte', label: { nb: 'Bostøtte', en: '' } },
          GUARANTEE,
          { label: { nb: 'Uten kode' }, note: 'x' },
          GUARANTEE,
        ],
        version: 2,
      }),
      [
        '(fil): ukjent innstilling: version',
        'measureTypes[0].code: «Husleiegaranti» må være 2–40 tegn: små bokstaver a–z, sifre og ' +
          'bindestrek, og begynne med bokstav eller siffer',
        'measureTypes[0].label.nb: kan ikke være tom',
        'measureTypes[1].code: «bostotte» finnes fra før (innebygd tiltakstype)',
        'measureTypes[1].label.en: kan ikke være tom',
        'measureTypes[3].code: mangler',
        'measureTypes[3]: ukjent innstilling: note',
        'measureTypes[4].code: «husleiegaranti» finnes fra før (measureTypes[2])',
      ],
    );
  });
});

describe('examples/plan-settings.json', () => {
  it('parses: two municipal additions, each in all three languages', () => {
    const result = parsePlanSettings(readFileSync('examples/plan-settings.json', 'utf8'));
    assert.ok(result.ok, result.ok ? '' : result.problems.join(' | '));
    const types = result.settings.extraMeasureTypes;
    assert.equal(types.length, 2);
    for (const type of types) assert.deepEqual(Object.keys(type.label), ['nb', 'nn', 'en']);
  });
});
