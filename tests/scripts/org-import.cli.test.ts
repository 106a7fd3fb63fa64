import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { PrismaReminderOutbox } from '../../src/persistence/prisma-reminder-outbox.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';

/**
 * A fresh SQLite file (the script migrates it). Not the server helper's: a script test needs no
 * bot.
 */
function tempDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), 'husly-test-'));
  return {
    dir,
    url: `file:${path.join(dir, 'husly.db')}`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
const temp = tempDatabase();
const importOrgInto = (url: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/org-import.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
  });
const importOrg = (...args: string[]) => importOrgInto(temp.url, ...args);

async function counts() {
  const db = await openDatabase(temp.url);
  try {
    return { units: await db.prisma.unit.count(), staff: await db.prisma.staff.count() };
  } finally {
    await db.close();
  }
}

describe('npm run org:import', () => {
  after(() => temp.cleanup());

  it('imports the README example files, then finds nothing to change the second time', async () => {
    const first = importOrg('--units', 'examples/units.csv', '--staff', 'examples/staff.csv');
    assert.equal(first.status, 0, first.stderr);
    assert.match(
      first.stdout,
      /Enheter: 4 nye, 0 endret, 0 uendret\nAnsatte: 4 nye, 0 endret, 0 uendret/,
    );
    const second = importOrg('--units', 'examples/units.csv', '--staff', 'examples/staff.csv');
    assert.match(
      second.stdout,
      /Enheter: 0 nye, 0 endret, 4 uendret\nAnsatte: 0 nye, 0 endret, 4 uendret/,
    );
    assert.deepEqual(await counts(), { units: 4, staff: 4 });
  });

  it('names the file and line of every error and writes nothing', async () => {
    const bad = path.join(temp.dir, 'ansatte.csv');
    writeFileSync(
      bad,
      'aad_object_id,name,email,unit_key,role\n' +
        '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c09,Ny Person,ny@kommune.no,nav-bolig,saksbehandler\n' +
        '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c10,Feil Rolle,feil@kommune.no,nav-bolig,sjef\n',
    );
    const run = importOrg('--staff', bad);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /ingenting er lagret/);
    assert.match(run.stderr, new RegExp(`${bad.replace(/[/.]/g, '\\$&')}:3: ukjent rolle`));
    assert.deepEqual(
      await counts(),
      { units: 4, staff: 4 },
      'the valid line 2 was not imported either',
    );
  });

  it('explains its usage when called without files', () => {
    const run = importOrg();
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Bruk: npm run org:import/);
  });
});

describe('npm run org:import --deactivate-missing', () => {
  const db2 = tempDatabase();
  const run = (...args: string[]) => importOrgInto(db2.url, ...args);
  after(() => db2.cleanup());
  const HEADER = 'aad_object_id,name,email,unit_key,role\n';
  const TOR_MOVED =
    '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,Tor Lie,tor.lie@kommune.no,nav-bolig,koordinator\n';
  const MONA =
    '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c03,Mona Eide,mona.eide@kommune.no,tildeling,leder\n';
  const GEIR = '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c04,Geir Aas,geir.aas@kommune.no,rop,admin\n';
  /** Hanne Vik has left; Tor Lie has moved from Tildelingsteam to NAV. */
  const staffAfter = path.join(db2.dir, 'ansatte-etter.csv');
  const noAdmin = path.join(db2.dir, 'ansatte-uten-admin.csv');
  writeFileSync(staffAfter, HEADER + TOR_MOVED + MONA + GEIR);
  writeFileSync(noAdmin, HEADER + TOR_MOVED + MONA);
  const refs: Record<'hanne' | 'tor', string> = { hanne: '', tor: '' };

  /** Everything an import could change, to compare before and after. */
  async function snapshot() {
    const db = await openDatabase(db2.url);
    try {
      const p = db.prisma;
      return {
        staff: await p.staff.findMany({
          select: { name: true, unitId: true, deactivatedAt: true },
          orderBy: { name: 'asc' },
        }),
        cases: await p.case.findMany({
          select: { reference: true, coordinatorId: true },
          orderBy: { reference: 'asc' },
        }),
        periods: await p.caseOwnership.count(),
        outbox: await p.reminderOutbox.findMany({
          select: {
            key: true,
            kind: true,
            audience: true,
            status: true,
            caseId: true,
            assigneeId: true,
          },
          orderBy: { key: 'asc' },
        }),
        audit: await p.auditEvent.count(),
      };
    } finally {
      await db.close();
    }
  }

  it('refuses --deactivate-missing without --staff, with exit code 2', () => {
    const refused = run('--units', 'examples/units.csv', '--deactivate-missing');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--deactivate-missing krever --staff/);
  });

  // The README example; cases coordinated by Hanne (NAV), Tor (Tildelingsteam) and Mona; a
  // reminder on Mona's handed to Tor.
  before(async () => {
    assert.equal(run('--units', 'examples/units.csv', '--staff', 'examples/staff.csv').status, 0);
    const db = await openDatabase(db2.url);
    try {
      const staffId = async (email: string) =>
        (await db.prisma.staff.findFirstOrThrow({ where: { email } })).id;
      const [hanne, tor, mona] = [
        await staffId('hanne.vik@kommune.no'),
        await staffId('tor.lie@kommune.no'),
        await staffId('mona.eide@kommune.no'),
      ];
      const ids = await new PrismaUnitOfWork(db.prisma).run(async ({ org, residents, cases }) => {
        const open = async (unitKey: string, coordinatorId: string, name: string) => {
          const resident = await residents.create({
            idHash: null,
            maskedId: null,
            name,
            birthDate: null,
          });
          const kase = await cases.create(await cases.nextReference(2026), {
            residentId: resident.id,
            category: 'fare-for-a-miste-bolig',
            subcategory: 'utkastelse-tvangssalg',
            level: 2,
            owningUnitId: (await org.findUnitByKey(unitKey))!.id,
            openedAt: new Date(),
            timeline: EMPTY_TIMELINE,
          });
          await cases.update(kase.id, { coordinatorId });
          return kase;
        };
        const a = await open('nav-bolig', hanne, 'Testbeboer En');
        const b = await open('tildeling', tor, 'Testbeboer To');
        const c = await open('tildeling', mona, 'Testbeboer Tre');
        return { a, b, c };
      });
      refs.hanne = ids.a.reference;
      refs.tor = ids.b.reference;
      const outbox = new PrismaReminderOutbox(db.prisma);
      const key = `case:${ids.c.id}:V7:2026-11-30`;
      await outbox.sync(
        `case:${ids.c.id}:`,
        [
          {
            key,
            caseId: ids.c.id,
            kind: 'R-7',
            basis: 'practice',
            dueDate: '2026-11-30',
            sendAt: new Date('2026-11-30T07:00:00Z'),
            legalDeadline: null,
            audience: 'coordinator',
          },
        ],
        new Date(),
      );
      assert.equal(await outbox.handOver(key, tor, mona, new Date()), 'handed');
    } finally {
      await db.close();
    }
  });

  it(
    'a dry run lists who would be deactivated and who would move, with their ' +
      'open cases, and writes nothing',
    async () => {
      const before = await snapshot();
      const dry = run('--staff', staffAfter, '--deactivate-missing', '--dry-run');
      assert.equal(dry.status, 0, dry.stderr);
      assert.match(dry.stdout, /Prøvekjøring \(--dry-run\): ingenting er lagret/);
      assert.match(dry.stdout, /Ansatte: 0 nye, 1 endret, 2 uendret/);
      assert.match(
        dry.stdout,
        new RegExp(
          `Ville blitt deaktivert .*: 1\n  Hanne Vik <hanne\\.vik@kommune\\.no>, ` +
            `NAV boligsosialt team · åpne saker de koordinerer: ${refs.hanne}\n`,
        ),
      );
      assert.match(
        dry.stdout,
        new RegExp(
          `Ville byttet enhet .*: 1\n  Tor Lie <tor\\.lie@kommune\\.no>, ` +
            `Tildelingsteam → NAV boligsosialt team · åpne saker de koordinerer: ${refs.tor}\n`,
        ),
      );
      assert.doesNotMatch(dry.stdout, /Testbeboer/, 'no resident names');
      assert.deepEqual(await snapshot(), before);
      // Without --deactivate-missing nobody is deactivated; Tor would still move.
      const plain = run('--staff', staffAfter, '--dry-run');
      assert.doesNotMatch(plain.stdout, /deaktivert/);
      assert.match(plain.stdout, /Ville byttet enhet/);
    },
  );

  it('refuses to deactivate every admin, saying why, and writes nothing', async () => {
    const before = await snapshot();
    const refused = run('--staff', noAdmin, '--deactivate-missing');
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      /ingenting er lagret: --deactivate-missing ville deaktivert alle administratorer/,
    );
    assert.deepEqual(await snapshot(), before);
  });

  it(
    'deactivates those missing, takes their cases from them for the leaders to re-assign, ' +
      'sends what was handed to them back to the case; a second run changes nothing',
    async () => {
      const done = run('--staff', staffAfter, '--deactivate-missing');
      assert.equal(done.status, 0, done.stderr);
      assert.match(done.stdout, /Deaktivert .*: 1\n {2}Hanne Vik/);
      assert.match(done.stdout, /Byttet enhet .*: 1\n {2}Tor Lie/);
      assert.match(
        done.stdout,
        new RegExp(
          `per enhet .*\n  NAV boligsosialt team: ${refs.hanne}\n  Tildelingsteam: ${refs.tor}\n`,
        ),
      );
      assert.match(
        done.stdout,
        /Påminnelser som var overført til dem, og som nå går til saken vanlige mottaker: 1/,
      );

      const state = await snapshot();
      assert.notEqual(state.staff.find((s) => s.name === 'Hanne Vik')!.deactivatedAt, null);
      assert.equal(state.staff.filter((s) => s.deactivatedAt !== null).length, 1);
      const coordinator = Object.fromEntries(
        state.cases.map((c) => [c.reference, c.coordinatorId]),
      );
      assert.equal(coordinator[refs.hanne], null);
      assert.equal(coordinator[refs.tor], null);
      assert.equal(
        state.cases.filter((c) => c.coordinatorId !== null).length,
        1,
        "Mona's case keeps her",
      );
      const reassign = state.outbox.filter((r) => r.kind === 'staff.reassign');
      assert.deepEqual(
        reassign.map((r) => [r.audience, r.status]),
        [
          ['leader', 'pending'],
          ['leader', 'pending'],
        ],
      );
      assert.ok(reassign.every((r) => r.key.startsWith(`reassign:${r.caseId}:`)));
      assert.deepEqual(
        state.outbox
          .filter((r) => r.key.includes(':overfort:'))
          .map((r) => [r.status, r.assigneeId]),
        [['pending', null]],
      );

      const db = await openDatabase(db2.url);
      try {
        const events = await db.prisma.auditEvent.findMany({
          where: { action: { in: ['staff.deactivated', 'staff.moved', 'org.import'] } },
          orderBy: { at: 'desc' },
          take: 3,
        });
        assert.deepEqual(events.map((e) => e.action).sort(), [
          'org.import',
          'staff.deactivated',
          'staff.moved',
        ]);
        assert.doesNotMatch(JSON.stringify(events), /Hanne|Tor Lie|kommune\.no/);
      } finally {
        await db.close();
      }

      const again = run('--staff', staffAfter, '--deactivate-missing');
      assert.equal(again.status, 0, again.stderr);
      assert.match(again.stdout, /Ansatte: 0 nye, 0 endret, 3 uendret\n?$/);
      const afterAgain = await snapshot();
      assert.deepEqual({ ...afterAgain, audit: 0 }, { ...state, audit: 0 });
    },
  );
});
