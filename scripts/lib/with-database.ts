import { loadConfig, type Config } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';

/**
 * Runs a command-line task against the configured database (migrated first) and exits with
 * the task's code: 1 with the list of problems if the configuration is invalid.
 */
export function runWithDatabase(
  task: (db: Database, config: Config) => Promise<number>,
  failureLabel: string,
): void {
  const main = async (): Promise<number> => {
    const loaded = loadConfig();
    if (!loaded.ok) {
      console.error(`Ugyldig konfigurasjon:\n  ${loaded.problems.join('\n  ')}`);
      return 1;
    }
    const db = await openDatabase(loaded.config.databaseUrl);
    try {
      return await task(db, loaded.config);
    } finally {
      await db.close();
    }
  };
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${failureLabel}:`, error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
