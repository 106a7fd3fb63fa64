// npm run innsyn -- <fødselsnummer> [--out fil.json]
// Writes everything Husly stores about a resident to a JSON file (GDPR art. 15, right of access):
// cases, concerns with their text, målplan, consents, reminders and the access log.
// The file holds confidential data: it is created readable by its owner only (0600).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AccessGate } from '../src/domain/access/access-gate.ts';
import { ResidentAccessReportService } from '../src/domain/audit/resident-access-report.service.ts';
import { ResidentExportService } from '../src/domain/audit/resident-export.service.ts';
import { systemClock } from '../src/domain/common/clock.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import { maskNationalId, parseNationalId } from '../src/domain/identity/national-id.ts';
import { PrismaResidentExportStore } from '../src/persistence/prisma-resident-export.store.ts';
import { PrismaUnitOfWork } from '../src/persistence/prisma-unit-of-work.ts';
import { nb } from '../dialogs/texts/nb.ts';
import { innsynDocument } from './lib/innsyn-document.ts';
import { runWithDatabase } from './lib/with-database.ts';

const USAGE = 'Bruk: npm run innsyn -- <fødselsnummer eller D-nummer> [--out fil.json]';
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const input = args
  .filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1))
  .join(' ')
  .trim();
if (!input || (outAt >= 0 && !out) || input.startsWith('--')) {
  console.error(USAGE);
  process.exit(2);
}

runWithDatabase(async (db, config) => {
  const now = systemClock.now();
  const allowSyntheticIds = config.mode === 'development';
  const parsed = parseNationalId(input, { allowSynthetic: allowSyntheticIds });
  if (!parsed.ok) {
    console.error(`${nb.errors[parsed.code]} Ingen fil er skrevet.`);
    return 1;
  }
  const file = path.resolve(
    out ??
      `innsyn-${maskNationalId(parsed.value).replace(/\*/g, 'x')}-` +
        `${localDate(now, config.timeZone)}.json`,
  );
  // Checked before anything is read or audited; the write below refuses to overwrite as well.
  if (existsSync(file)) {
    console.error(
      `Filen ${file} finnes allerede. ` +
        'Flytt eller slett den, eller velg et annet navn med --out. Ingen fil er skrevet.',
    );
    return 1;
  }
  const gate = new AccessGate(systemClock);
  const options = { idSecret: config.idSecret, allowSyntheticIds };
  const uow = new PrismaUnitOfWork(db.prisma, config.timeZone);
  const exporter = new ResidentExportService(
    new PrismaResidentExportStore(db.prisma),
    new ResidentAccessReportService(uow, gate, options),
    gate,
    options,
  );
  const result = await exporter.export(input);
  if (!result.ok) {
    console.error(
      result.code === 'LOOKUP.NOT_FOUND'
        ? 'Husly har ingen opplysninger om denne personen. Ingen fil er skrevet.'
        : `${nb.errors[result.code]} Ingen fil er skrevet.`,
    );
    return 1;
  }
  const document = innsynDocument(result.value, { now, timeZone: config.timeZone });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`, {
    encoding: 'utf8',
    mode: 0o600,
    flag: 'wx',
  });
  console.log(
    `Skrev ${file}: ${result.value.cases.length} sak(er), ` +
      `${result.value.accessLog.length} linjer i tilgangsloggen.`,
  );
  console.log(
    'Filen inneholder taushetsbelagte opplysninger. ' +
      'Gi den bare til personen selv, på en sikker måte, og slett den når den er levert.',
  );
  return 0;
}, 'Innsynseksporten feilet');
