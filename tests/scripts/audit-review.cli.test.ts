import { InMemoryReminderOutbox } from '../fakes/in-memory-outbox.ts';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { present } from '../helpers/assert-present.ts';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
import { BreakGlassService } from '../../src/domain/access/break-glass.service.ts';
import type { Actor } from '../../src/domain/actor/actor.ts';
import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import { LookupOwnerService } from '../../src/domain/ownership/queries/lookup-owner.service.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { FakeNotifier } from '../fakes/fake-notifier.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';

/** `npm run audit:review` against a real (temporary) database, seeded with synthetic people. */
// Its own temp database (not tests/helpers/husly-server.ts, which loads the whole bot).
const tempDir = mkdtempSync(path.join(tmpdir(), 'husly-review-'));
const temp = {
  dir: tempDir,
  url: `file:${path.join(tempDir, 'husly.db')}`,
  cleanup: () => rmSync(tempDir, { recursive: true, force: true }),
};
const review = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-review.ts', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: temp.url,
      NODE_NO_WARNINGS: '1',
      HUSLY_REVIEW_MANY_PEOPLE: '10',
    },
    encoding: 'utf8',
  });

const JUSTIFICATION = 'Beboer har truet med å skade seg selv; "må" finne kontakt';

describe('npm run audit:review', () => {
  let reference = '';

  before(async () => {
    const db = await openDatabase(temp.url);
    try {
      const uow = new PrismaUnitOfWork(db.prisma);
      // Sunday 22 November 2026, 22:15 in Oslo: outside working hours.
      const clock = new FakeClock(new Date('2026-11-22T21:15:00Z'));
      const gate = new AccessGate(clock);
      const notifier = new FakeNotifier();
      const actors = await uow.run(async ({ org, residents, cases }) => {
        const nav = await org.upsertUnit({
          key: 'nav-bolig',
          name: 'NAV boligsosialt team',
          kind: 'nav',
        });
        const rop = await org.upsertUnit({
          key: 'rop',
          name: 'Psykisk helse og rus',
          kind: 'rus-psykisk-helse',
        });
        const ola = await org.upsertStaff({
          aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
          name: 'Ola Syntetisk',
          email: 'ola@k.no',
          unitKey: 'rop',
          role: 'saksbehandler',
        });
        const eva = await org.upsertStaff({
          aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000002',
          name: 'Eva Syntetisk',
          email: 'eva@k.no',
          unitKey: 'nav-bolig',
          role: 'saksbehandler',
        });
        const resident = await residents.create({
          idHash: null,
          maskedId: '010190*****',
          name: 'Kari Testesen',
          birthDate: '1990-01-01',
        });
        reference = await cases.nextReference(2026);
        const kase = await cases.create(reference, {
          residentId: resident.id,
          category: 'fare-for-a-miste-bolig',
          subcategory: 'hoye-boutgifter',
          level: 2,
          owningUnitId: nav.id,
          openedAt: new Date('2026-10-01T10:00:00Z'),
          timeline: EMPTY_TIMELINE,
        });
        const actor = (staff: typeof ola, unit: typeof nav): Actor => ({
          staff,
          unit,
          tenantId: 't',
        });
        return { ola: actor(ola, rop), eva: actor(eva, nav), caseId: kase.id };
      });
      const lookup = new LookupOwnerService(uow, gate, notifier, clock, {
        idSecret: 'test-secret',
        allowSyntheticIds: true,
      });
      await lookup.byReference(actors.ola, reference);
      clock.advance(60_000);
      assert.ok(
        (
          await new BreakGlassService(
            uow,
            gate,
            notifier,
            new InMemoryReminderOutbox(),
            clock,
            'Europe/Oslo',
          ).open(actors.ola, actors.caseId, JUSTIFICATION)
        ).ok,
      );
      // Monday 23 November, 10:00: the owner's own lookup in working hours is no finding.
      clock.advance(12 * 3_600_000);
      await lookup.byReference(actors.eva, reference);
      // 1 December: outside the period asked for.
      clock.advance(8 * 86_400_000);
      await lookup.byReference(actors.ola, reference);
    } finally {
      await db.close();
    }
  });
  after(() => temp.cleanup());

  it('prints a Norwegian summary per category and the findings; writes an Excel CSV', async () => {
    const csv = path.join(temp.dir, 'tilgang.csv');
    const run = review('--from', '2026-11-01', '--to', '2026-11-30', '--csv', csv);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Tilgangskontroll 01\.11\.2026–30\.11\.2026 · alle enheter/);
    assert.match(
      run.stdout,
      new RegExp(
        'Oppslag uten tilknytning: 1\\n {2}Mange ulike personer: 0\\n {2}Nødtilgang: 1\\n' +
          ' {2}Utenfor arbeidstid: 1\\n {2}Sperret \\(for mange oppslag\\): 0',
      ),
    );
    assert.match(
      run.stdout,
      new RegExp(
        `22\\.11\\.2026 22:15 {2}Ola Syntetisk \\(Psykisk helse og rus\\) ` +
          `{2}sak ${reference} {2}case\\.lookup`,
      ),
    );
    assert.match(
      run.stdout,
      /begrunnelse: «Beboer har truet med å skade seg selv; "må" finne kontakt»/,
    );
    assert.doesNotMatch(
      run.stdout,
      /Eva Syntetisk/,
      'the owner’s lookup in working hours is no finding',
    );
    assert.doesNotMatch(run.stdout, /Testesen|010190/, 'nothing about the resident');
    assert.match(run.stdout, /Skrev 3 funn til/);

    assert.ok(existsSync(csv));
    const text = readFileSync(csv, 'utf8');
    assert.ok(
      text.startsWith('\uFEFFTidspunkt;Første;Siste;Kategori;Ansatt;'),
      'UTF-8 byte-order mark and the Norwegian header',
    );
    const rows = text.trim().split('\r\n');
    assert.equal(rows.length, 4);
    assert.match(
      present(rows[1], 'row 1'),
      new RegExp(
        `^2026-11-22T22:15:00\\+01:00;;;Oppslag uten tilknytning;Ola Syntetisk;[^;]+;` +
          `Psykisk helse og rus;${reference};case\\.lookup;`,
      ),
    );
    assert.match(text, /;"Beboer har truet med å skade seg selv; ""må"" finne kontakt"\r\n/);
    assert.doesNotMatch(text, /Testesen/);

    const db = await openDatabase(temp.url);
    try {
      const audited = await db.prisma.auditEvent.findMany({ where: { action: 'audit.review' } });
      assert.equal(audited.length, 1, 'the review is itself in the audit trail');
      assert.equal(present(audited[0], 'audited[0]').actorStaffId, null);
    } finally {
      await db.close();
    }
  });

  it('--unit limits the review to that unit’s staff and break-glass on the cases it owns', () => {
    const nav = review('--from', '2026-11-01', '--to', '2026-11-30', '--unit', 'nav-bolig');
    assert.equal(nav.status, 0, nav.stderr);
    assert.match(nav.stdout, /· NAV boligsosialt team/);
    // Ola (ROP) broke the glass on NAV's case: NAV's review shows that, and nothing else of his.
    assert.match(nav.stdout, /Ola Syntetisk/);
    assert.doesNotMatch(nav.stdout, /Oppslag uten tilknytning[^\n]*\n[^\n]*Ola Syntetisk/);
    const rop = review('--from', '2026-11-01', '--to', '2026-11-30', '--unit', 'rop');
    assert.equal(rop.status, 0, rop.stderr);
    assert.doesNotMatch(rop.stdout, /Eva Syntetisk/);
  });

  it('refuses a bad date, reversed period or unknown unit in Norwegian (exit 2)', () => {
    const bad = review('--from', '2026-11-31', '--to', '2026-12-01');
    assert.equal(bad.status, 2);
    assert.match(
      bad.stderr,
      new RegExp('Ugyldig dato for --from: «2026-11-31»\\. ' + 'Skriv datoen som ÅÅÅÅ-MM-DD'),
    );
    const reversed = review('--from', '2026-11-30', '--to', '2026-11-01');
    assert.equal(reversed.status, 2);
    assert.match(reversed.stderr, /--to \(2026-11-01\) er før --from \(2026-11-30\)/);
    const missing = review('--from', '2026-11-01');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Bruk: npm run audit:review/);
    const unit = review('--from', '2026-11-01', '--to', '2026-11-30', '--unit', 'finnes-ikke');
    assert.equal(unit.status, 2);
    assert.match(unit.stderr, /Fant ingen enhet med nøkkelen «finnes-ikke»/);
  });
});
