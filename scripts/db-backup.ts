// npm run db:backup -- <fil>
// A backup of Husly's SQLite database (DATABASE_URL=file:…) in one new file, through SQLite's
// online backup API: safe while Husly runs and writes. Refuses an existing file (never
// overwrites), a missing DATABASE_URL and any other database than SQLite (PostgreSQL: pg_dump).
// Prints the file and its size only. `npm run db:restore -- <fil>` brings it back.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupSqlite, Refusal, runCommand, sqliteFile } from './lib/sqlite-backup.ts';

const USAGE =
  'Bruk: npm run db:backup -- <fil>   (en ny fil; en fil som finnes, skrives ikke over)';

runCommand(async () => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || !args[0]?.trim() || args[0].startsWith('-'))
    throw new Refusal(`Oppgi filen sikkerhetskopien skal skrives til.\n${USAGE}`);
  if (existsSync('.env')) process.loadEnvFile('.env');
  const database = sqliteFile(process.env.DATABASE_URL);
  const target = path.resolve(args[0]);
  const { pages, bytes } = await backupSqlite(database, target);
  console.log(
    `Sikkerhetskopi skrevet: ${target} (${bytes} byte, ${pages} sider; integrity_check: ok).\n` +
      `Gjenopprett med: npm run db:restore -- ${target}`,
  );
}, 'Sikkerhetskopien feilet');
