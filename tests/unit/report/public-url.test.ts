import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../../src/config.ts';

describe('HUSLY_PUBLIC_URL (where report links point)', () => {
  it('is optional: unset, links use http://localhost:<port>', () => {
    const parsed = parseConfig({});
    assert.ok(parsed.ok);
    assert.equal(parsed.config.publicUrl, null);
  });

  it('takes an http(s) address, without a trailing slash', () => {
    const parsed = parseConfig({ HUSLY_PUBLIC_URL: 'https://husly.kommune.no/' });
    assert.ok(parsed.ok);
    assert.equal(parsed.config.publicUrl, 'https://husly.kommune.no');
  });

  it('refuses anything else, in Norwegian', () => {
    for (const value of [
      'ftp://husly.kommune.no',
      'husly.kommune.no',
      'https://a@b.no',
      'https://b.no/?x=1',
    ]) {
      const parsed = parseConfig({ HUSLY_PUBLIC_URL: value });
      assert.ok(!parsed.ok, value);
      assert.match(
        parsed.problems.join('\n'),
        /HUSLY_PUBLIC_URL: må være en http- eller https-adresse/,
      );
    }
  });
});
