/**
 * The PostgreSQL schema is the SQLite one with another datasource and client: the same models,
 * fields, relations and indexes (nothing in prisma/schema.prisma is particular to SQLite).
 * `npm run db:migration` writes it to prisma/postgresql/schema.prisma, and a test fails when the
 * committed file is not what this gives (tests/persistence/postgres-schema.test.ts).
 */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const replaced = (text: string, from: RegExp, to: string): string => {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma: ${String(from)} not found`);
    return text.replace(from, to);
  };
  let text = replaced(
    sqliteSchema,
    /^\/\/ Husly database schema \(SQLite\)\. .*$/m,
    '// Husly database schema (PostgreSQL). Written by `npm run db:migration` from\n' +
      '// prisma/schema.prisma (SQLite), the one to edit; the models are the same.',
  );
  text = replaced(
    text,
    /(output\s+=\s+)"\.\.\/src\/persistence\/generated"/,
    '$1"../../src/persistence/generated-pg"',
  );
  text = replaced(text, /(datasource db \{\s*provider\s+=\s+)"sqlite"/, '$1"postgresql"');
  return text;
}
