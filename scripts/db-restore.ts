// npm run db:restore -- <fil>
// Restores a backup from `npm run db:backup` to the SQLite file DATABASE_URL names, which must
// not exist: stop Husly and move the old database file (and its -wal and -shm) aside first. The
// backup is checked before anything is written (integrity_check, Husly's migration history);
// Husly applies any migration newer than the backup at its next start.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Refusal, restoreSqlite, runCommand, sqliteFile } from './lib/sqlite-backup.ts';

const USAGE = 'Bruk: npm run db:restore -- <fil>   (til DATABASE_URL, som ikke kan finnes fra før)';

runCommand(async () => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || !args[0]?.trim() || args[0].startsWith('-'))
    throw new Refusal(`Oppgi sikkerhetskopien som skal gjenopprettes.\n${USAGE}`);
  if (existsSync('.env')) process.loadEnvFile('.env');
  const database = sqliteFile(process.env.DATABASE_URL);
  const backup = path.resolve(args[0]);
  const { pages, bytes, migrations } = await restoreSqlite(backup, database);
  console.log(
    `Gjenopprettet ${backup} til ${database} (${bytes} byte, ${pages} sider, ` +
      `${migrations} migrering(er); integrity_check: ok).\n` +
      'Start Husly igjen; nyere migreringer tas i bruk ved oppstart.',
  );
}, 'Gjenopprettingen feilet');
