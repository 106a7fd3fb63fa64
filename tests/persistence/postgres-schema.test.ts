import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { postgresSchemaFrom } from '../../src/persistence/migrations/postgres-schema.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('the PostgreSQL schema', () => {
  it('has the models of prisma/schema.prisma (npm run db:migration writes it)', () => {
    assert.equal(
      read('prisma/postgresql/schema.prisma'),
      postgresSchemaFrom(read('prisma/schema.prisma')),
      'prisma/postgresql/schema.prisma is not what prisma/schema.prisma gives',
    );
  });

  it('differs from the SQLite schema only in its provider and client', () => {
    const changed = postgresSchemaFrom(read('prisma/schema.prisma'))
      .split('\n')
      .filter((line) => !read('prisma/schema.prisma').split('\n').includes(line));
    assert.ok(changed.length <= 4, changed.join('\n'));
    assert.ok(changed.some((line) => line.includes('"postgresql"')));
  });

  it('has migrations of its own, for PostgreSQL', () => {
    const dir = new URL('../../prisma/postgresql/migrations/', import.meta.url);
    assert.match(read('prisma/postgresql/migrations/migration_lock.toml'), /"postgresql"/);
    assert.ok(readdirSync(dir).some((name) => /^\d{14}_/.test(name)));
  });
});
