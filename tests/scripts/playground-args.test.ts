import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_STAFF } from '../../src/demo/demo-municipality.ts';
import { DEFAULT_PERSONA } from '../../src/demo/playground-config.ts';
import { parsePlaygroundArgs, PLAYGROUND_USAGE } from '../../scripts/lib/playground-args.ts';

const personas = DEMO_STAFF.map((s) => s.persona);
const parse = (...argv: string[]) => parsePlaygroundArgs(argv, personas, DEFAULT_PERSONA);

describe('npm run playground arguments', () => {
  it('defaults to the demo caseworker, a browser and port 56150', () => {
    assert.deepEqual(parse(), {
      ok: true,
      options: { persona: DEFAULT_PERSONA, openBrowser: true, port: 56150 },
    });
  });

  it('reads a persona, --no-browser and --port, with or without extra "--" from npm', () => {
    const expected = {
      ok: true,
      options: { persona: 'koordinator', openBrowser: false, port: 56150 },
    };
    // `npm run playground -- --as koordinator --no-browser`
    assert.deepEqual(parse('--as', 'koordinator', '--no-browser'), expected);
    // `npm run playground -- --as koordinator -- --no-browser`: npm passes the second "--" on.
    assert.deepEqual(parse('--as', 'koordinator', '--', '--no-browser'), expected);
    assert.deepEqual(parse('--no-browser', '--', '--as=koordinator'), expected);
    assert.deepEqual(parse('--', '--as', 'koordinator', '--', '--no-browser', '--'), expected);
    assert.deepEqual(parse('--as', 'leder', '--port', '56151'), {
      ok: true,
      options: { persona: 'leder', openBrowser: true, port: 56151 },
    });
  });

  it('accepts every demo persona', () => {
    for (const persona of personas) {
      const result = parse('--as', persona);
      assert.ok(result.ok && result.options.persona === persona, persona);
    }
  });

  it('refuses in Norwegian, with the usage, instead of crashing', () => {
    const refused = (argv: string[], pattern: RegExp) => {
      const result = parse(...argv);
      assert.equal(result.ok, false, argv.join(' '));
      if (!result.ok) assert.match(result.message, pattern, argv.join(' '));
    };
    const usage = literal(PLAYGROUND_USAGE);
    refused(['--as', 'sjef'], /Ukjent rolle «sjef»\. Velg en av: saksbehandler, koordinator/);
    refused(['--browser'], new RegExp(`Ukjent valg «--browser»\\.\\n${usage}`));
    refused(['koordinator'], /Uventet argument «koordinator»\.\nBruk: npm run playground/);
    refused(['--as'], /«--as» trenger en verdi/);
    refused(['--no-browser=ja'], /«--no-browser» tar ingen verdi/);
    refused(['--port', 'abc'], /--port må være et portnummer \(1–65535\), ikke «abc»/);
    refused(['--port', '70000'], /portnummer/);
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
