// npm run retention -- [--dry-run]
// Anonymises closed cases and deletes audit events older than the configured periods
// (HUSLY_RETENTION_CLOSED_CASE_DAYS, HUSLY_RETENTION_AUDIT_DAYS). --dry-run shows what would go.
// The running server does the same once a day; this is for seeing it first, or running it now.
import { AccessGate } from '../src/domain/access/access-gate.ts';
import { systemClock } from '../src/domain/common/clock.ts';
import {
  RetentionService,
  type RetentionOutcome,
} from '../src/domain/retention/retention.service.ts';
import { PrismaRetentionStore } from '../src/persistence/prisma-retention.store.ts';
import { runWithDatabase } from './lib/with-database.ts';

const USAGE = 'Bruk: npm run retention -- [--dry-run]';
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--dry-run');
if (unknown.length > 0) {
  console.error(`Ukjent argument: ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const dryRun = args.includes('--dry-run');

runWithDatabase(async (db, config) => {
  const service = new RetentionService(
    new PrismaRetentionStore(db.prisma),
    new AccessGate(systemClock),
    config.retention,
  );
  const now = systemClock.now();
  const date = (d: Date) =>
    d.toLocaleDateString('nb-NO', { timeZone: config.timeZone, dateStyle: 'short' });
  const { closedCaseDays, auditDays } = config.retention;
  console.log('Lagringstid i bruk:');
  console.log(
    `  Avsluttede saker anonymiseres ${closedCaseDays} dager etter at de ble avsluttet ` +
      '(HUSLY_RETENTION_CLOSED_CASE_DAYS).',
  );
  console.log(`  Logghendelser slettes etter ${auditDays} dager (HUSLY_RETENTION_AUDIT_DAYS).`);
  if (config.mode === 'development')
    console.log(
      '  Utviklingsmodus: er variablene ikke satt, brukes standardverdiene 730 og 1825 dager. ' +
        'I produksjon må kommunen sette dem selv.',
    );
  console.log('');

  const outcome: RetentionOutcome = dryRun
    ? await service.plan(now)
    : await service.run(now, 'cli');
  const would = dryRun ? 'som ville blitt ' : '';
  const refs = outcome.cases.map((c) => `  ${c.reference} (avsluttet ${date(c.closedAt)})`);
  console.log(dryRun ? 'Prøvekjøring – ingenting er endret.\n' : 'Utført.\n');
  console.log(
    `Saker ${would}anonymisert (avsluttet før ${date(outcome.closedBefore)}): ` +
      `${outcome.cases.length}`,
  );
  if (refs.length > 0) console.log(refs.join('\n'));
  console.log(
    `Personer ${would}anonymisert (navn, fødselsdato og maskert fødselsnummer fjernet): ` +
      `${outcome.residents}`,
  );
  console.log(
    `Identitetsnøkler ${would}slettet (ingen logghendelser om personen igjen): ` +
      `${outcome.identityHashes}`,
  );
  console.log(
    `Logghendelser fra før ${date(outcome.auditBefore)} ${would}slettet: ${outcome.auditEvents}`,
  );
  console.log(`Utløpte personoppslag ${would}slettet: ${outcome.pendingLookups}`);
  if (dryRun) console.log('\nKjør uten --dry-run for å gjøre det.');
  return 0;
}, 'Sletting etter lagringstid feilet');
