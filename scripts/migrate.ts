// npm run db:migrate               apply pending migrations to DATABASE_URL
// npm run db:migration -- <name>   create the next migration from changes to prisma/schema.prisma
// npm run db:check                 exit 1 if schema.prisma has changes no migration covers
import { loadConfig } from '../src/config.ts';
import {
  createMigration,
  deployMigrations,
  diffMigrationsToSchema,
} from '../src/persistence/migrations/migrate.ts';

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
      const created = await createMigration(name ?? '');
      console.log(
        created
          ? `Ny migrering: prisma/migrations/${created}/migration.sql`
          : 'Ingen endringer i schema.prisma.',
      );
      return 0;
    }
    case 'check': {
      const { drift, output } = await diffMigrationsToSchema();
      if (drift)
        console.error(
          'schema.prisma og migreringene er ulike. ' +
            `Kjør npm run db:migration -- <navn>.\n${output}`,
        );
      else console.log('Migreringene dekker schema.prisma.');
      return drift ? 1 : 0;
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
