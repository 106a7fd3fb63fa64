import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../../src/config.ts';
import { providerOf } from '../../../src/persistence/provider.ts';

describe('the database DATABASE_URL names', () => {
  it('is SQLite for file:, PostgreSQL for postgresql:// or postgres://', () => {
    assert.equal(providerOf('file:./data/husly.db'), 'sqlite');
    assert.equal(providerOf('postgresql://husly:pw@db:5432/husly'), 'postgresql');
    assert.equal(providerOf('postgres://husly@db/husly'), 'postgresql');
    for (const url of ['file:', 'mysql://db/husly', 'postgresql://', './husly.db', ''])
      assert.equal(providerOf(url), null, url);
  });

  it('is checked at start, with a Norwegian message naming both forms', () => {
    const accepted = parseConfig({ DATABASE_URL: 'postgresql://husly:pw@db:5432/husly' });
    assert.ok(accepted.ok);
    assert.equal(accepted.config.databaseUrl, 'postgresql://husly:pw@db:5432/husly');
    const refused = parseConfig({ DATABASE_URL: 'mysql://db/husly' });
    assert.equal(refused.ok, false);
    const problems = refused.ok ? [] : refused.problems;
    assert.ok(
      problems.some(
        (p) => p.includes('DATABASE_URL') && p.includes('file:') && p.includes('postgresql://'),
      ),
      problems.join('\n'),
    );
  });
});
