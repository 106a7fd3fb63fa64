// npm run audit:resident -- <fødselsnummer>
// Prints who has looked at or changed this resident's data in Husly, and when.
import { ResidentAccessReportService } from '../src/domain/audit/resident-access-report.service.ts';
import { systemClock } from '../src/domain/common/clock.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';
import { nb } from '../dialogs/texts/nb.ts';
import { runWithDatabase } from './lib/with-database.ts';

const ACTIONS: Record<string, string> = {
  'case.lookup': 'slo opp hvem som eier saken',
  'case.open': 'åpnet saken',
  'case.listMine': 'så saken i «mine saker»',
  'resident.listed': 'fikk personen i en navnesøk-liste',
  'concern.register': 'meldte bekymring',
  'case.take': 'tok saken som koordinator',
  'case.handOver': 'overførte saken',
  'case.changeClassification': 'endret nivå eller kategori',
  'plan.create': 'opprettet målplan',
  'plan.read': 'så målplanen',
  'plan.change': 'endret målplanen',
  'audit.residentReport': 'tok ut denne innsynsrapporten',
};

const input = process.argv.slice(2).join(' ').trim();
if (!input) {
  console.error('Bruk: npm run audit:resident -- <fødselsnummer eller D-nummer>');
  process.exit(2);
}

runWithDatabase(async (db, config) => {
  const service = new ResidentAccessReportService(new PrismaUnitOfWork(db.prisma), systemClock, {
    idSecret: config.idSecret,
    allowSyntheticIds: config.mode === 'development',
  });
  const result = await service.report(input);
  if (!result.ok) {
    console.error(result.code === 'LOOKUP.NOT_FOUND' ? 'Husly har ingen opplysninger om denne personen.' : nb.errors[result.code]);
    return 1;
  }
  const { resident, lines } = result.value;
  const when = (d: Date) => d.toLocaleString('nb-NO', { timeZone: config.timeZone, dateStyle: 'short', timeStyle: 'short' });
  console.log(`Innsyn: hvem har sett eller endret opplysninger om ${resident.maskedId ?? 'personen'} i Husly\n`);
  for (const l of lines) {
    const who = l.staffName ? `${l.staffName} (${l.unitName ?? 'ukjent enhet'})` : 'Husly';
    const what = ACTIONS[l.action] ?? l.action;
    const why = l.purpose ? ` – formål: ${nb.labels.purposes[l.purpose as keyof typeof nb.labels.purposes] ?? l.purpose}${l.purposeNote ? ` («${l.purposeNote}»)` : ''}` : '';
    const denied = l.outcome === 'ok' ? '' : ' [avvist/ikke funnet]';
    console.log(`${when(l.at)}  ${who} ${what}${l.caseReference ? ` i sak ${l.caseReference}` : ''}${why}${denied}`);
  }
  return 0;
}, 'Innsynsrapporten feilet');
