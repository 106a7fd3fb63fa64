import pg from 'pg';

/**
 * A pg client that reports PostgreSQL's one-byte `"char"` columns (type 18) as text (25). The
 * schema engine reads pg_catalog columns of that type when it describes a database (creating a
 * migration, checking drift), and Prisma's pg adapter has no mapping for it: "Column type 'char'
 * could not be deserialized from the database". Only the schema engine uses this client.
 */
export class CharAsTextClient extends pg.Client {}

// eslint-disable-next-line @typescript-eslint/unbound-method -- applied to `this` below.
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;

function charAsText(result: pg.QueryResult | undefined): void {
  for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
}

// Assigned, not overridden: pg's `query` has a dozen overloads no override can restate. Both of
// its forms are covered: a promise (the adapter's own connections), and a callback (what
// `Pool.query` passes).
CharAsTextClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  if (typeof last === 'function') {
    const callback = last as (error: Error | undefined, result?: pg.QueryResult) => void;
    args[args.length - 1] = (error: Error | undefined, result?: pg.QueryResult) => {
      charAsText(result);
      callback(error, result);
    };
  }
  const result = query.apply(this, args);
  if (!(result instanceof Promise)) return result;
  return result.then((r: pg.QueryResult) => {
    charAsText(r);
    return r;
  });
} as typeof pg.Client.prototype.query;
