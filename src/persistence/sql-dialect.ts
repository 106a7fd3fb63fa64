import type { Provider } from './provider.ts';

/**
 * The database a Prisma client (or the transaction client it hands out) talks to. Prisma keeps
 * it on the client as `_activeProvider` ('sqlite' | 'postgresql'); the repositories need it for
 * the few statements written in SQL.
 */
export function dialectOf(db: object): Provider {
  const provider = (db as { _activeProvider?: unknown })._activeProvider;
  if (provider === 'sqlite' || provider === 'postgresql') return provider;
  throw new Error(`Unknown database provider: ${String(provider)}`);
}

const translated = new Map<string, string>();

/**
 * Husly's SQL is written once, for both databases, as SQLite reads it: `?` parameters and
 * camelCase column names unquoted. For PostgreSQL, which folds unquoted names to lower case and
 * numbers its parameters, the camelCase names (columns and aliases; Husly's tables and SQL words
 * have none) are quoted and each `?` becomes `$1`, `$2`, …, outside string literals. A unary `+`
 * on a column (SQLite's way to keep an index out of a plan) is dropped: PostgreSQL has no `+`
 * for text.
 */
export function inDialect(sql: string, dialect: Provider): string {
  if (dialect === 'sqlite') return sql;
  const cached = translated.get(sql);
  if (cached !== undefined) return cached;
  let parameter = 0;
  const result = sql
    .split(/('(?:[^']|'')*')/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // A string literal.
      return part
        .replace(/(^|[\s(,=<>])\+(?=[a-z]+\.)/g, '$1')
        .replace(/(?<![\w"$])([a-z]+[A-Z][A-Za-z0-9]*)(?![\w"])/g, '"$1"')
        .replace(/\?/g, () => `$${++parameter}`);
    })
    .join('');
  translated.set(sql, result);
  return result;
}
