// npm run audit:resident -- <fødselsnummer>
// Prints who has looked at or changed this resident's data in Husly, and when.
import { AccessGate } from '../src/domain/access/access-gate.ts';
import { ResidentAccessReportService } from '../src/domain/audit/resident-access-report.service.ts';
import { systemClock } from '../src/domain/common/clock.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';
import { nb } from '../dialogs/texts/nb.ts';
import { auditActionLabel } from './lib/audit-action-labels.ts';
import { runWithDatabase } from './lib/with-database.ts';

const input = process.argv.slice(2).join(' ').trim();
if (!input) {
  console.error('Bruk: npm run audit:resident -- <fødselsnummer eller D-nummer>');
  process.exit(2);
}

runWithDatabase(async (db, config) => {
  const service = new ResidentAccessReportService(
    new PrismaUnitOfWork(db.prisma, config.timeZone),
    new AccessGate(systemClock),
    {
      idSecret: config.idSecret,
      allowSyntheticIds: config.mode === 'development',
    },
  );
  const result = await service.report(input);
  if (!result.ok) {
    console.error(
      result.code === 'LOOKUP.NOT_FOUND'
        ? 'Husly har ingen opplysninger om denne personen.'
        : nb.errors[result.code],
    );
    return 1;
  }
  const { resident, lines } = result.value;
  const when = (d: Date) =>
    d.toLocaleString('nb-NO', {
      timeZone: config.timeZone,
      dateStyle: 'short',
      timeStyle: 'short',
    });
  console.log(
    `Innsyn: hvem har sett eller endret opplysninger om ${resident.maskedId ?? 'personen'} ` +
      'i Husly\n',
  );
  const purposeLabel = (p: string) => nb.labels.purposes[p as keyof typeof nb.labels.purposes] ?? p;
  for (const l of lines) {
    const who = l.staffName ? `${l.staffName} (${l.unitName ?? 'ukjent enhet'})` : 'Husly';
    const what = auditActionLabel(l.action);
    const why = l.purpose
      ? ` – formål: ${purposeLabel(l.purpose)}${l.purposeNote ? ` («${l.purposeNote}»)` : ''}`
      : '';
    const denied = l.outcome === 'ok' ? '' : ' [avvist/ikke funnet]';
    console.log(
      `${when(l.at)}  ${who} ${what}` +
        `${l.caseReference ? ` i sak ${l.caseReference}` : ''}${why}${denied}`,
    );
  }
  return 0;
}, 'Innsynsrapporten feilet');
