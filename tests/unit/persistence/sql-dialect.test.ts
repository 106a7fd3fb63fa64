import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inDialect } from '../../../src/persistence/sql-dialect.ts';

describe('SQL written once for SQLite and PostgreSQL', () => {
  const sql =
    `SELECT c.owningUnitId AS unitId, COUNT(*) AS n FROM cases c
    WHERE c.status = 'open' AND c.closedAt >= ? AND +c.owningUnitId = ?` +
    " AND c.reference <> 'a?bC'";

  it('is left as it is for SQLite', () => {
    assert.equal(inDialect(sql, 'sqlite'), sql);
  });

  it('quotes camelCase names and numbers parameters for PostgreSQL, outside literals', () => {
    assert.equal(
      inDialect(sql, 'postgresql'),
      `SELECT c."owningUnitId" AS "unitId", COUNT(*) AS n FROM cases c
    WHERE c.status = 'open' AND c."closedAt" >= $1 AND c."owningUnitId" = $2` +
        " AND c.reference <> 'a?bC'",
    );
  });

  it('leaves names already quoted alone', () => {
    assert.equal(
      inDialect('UPDATE t SET "leaseOwner" = ? WHERE leaseUntil < ?', 'postgresql'),
      'UPDATE t SET "leaseOwner" = $1 WHERE "leaseUntil" < $2',
    );
  });
});
