import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
import type { Actor } from '../../../../src/domain/actor/actor.ts';
import { IdentifyActorService } from '../../../../src/domain/actor/identify-actor.service.ts';
import { EMPTY_TIMELINE } from '../../../../src/domain/case/case.ts';
import {
  COORDINATOR_LEFT_NOTE,
  OrgImportService,
  type ImportOutcome,
  type OrgImportUnitOfWork,
} from '../../../../src/domain/org/org-import.ts';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../src/domain/reminder/checkpoints.ts';
import { DEFAULT_RETRY_POLICY } from '../../../../src/domain/reminder/delivery-policy.ts';
import type {
  ReminderItem,
  ReminderNotifier,
  ReminderRecipient,
} from '../../../../src/domain/reminder/reminder-notifier.ts';
import { ReminderService } from '../../../../src/domain/reminder/reminder.service.ts';
import { parseCsv } from '../../../../src/org-import/parse-csv.ts';
import { InMemoryReminderOutbox } from '../../../fakes/in-memory-outbox.ts';
import { FakeClock, InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';

const UNITS =
  'key,name,kind\nnav-bolig,NAV boligsosialt team,nav\ntildeling,Tildelingsteam,tildeling\n';
const STAFF =
  'aad_object_id,name,email,unit_key,role\n' +
  '9D2F6C1E-4B7A-4E3D-8C5F-2A1B0E9D7C01,Hanne Vik,Hanne.Vik@kommune.no,nav-bolig,saksbehandler\n' +
  '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,Tor Lie,tor.lie@kommune.no,tildeling,Koordinator\n';

const TENANT = '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f';
const HANNE = '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c01';
const HEADER = 'aad_object_id,name,email,unit_key,role\n';
const row = {
  hanne: `${HANNE},Hanne Vik,hanne.vik@kommune.no,nav-bolig,koordinator\n`,
  tor: '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,Tor Lie,tor.lie@kommune.no,tildeling,koordinator\n',
  torMoved:
    '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,Tor Lie,tor.lie@kommune.no,nav-bolig,koordinator\n',
  mona: '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c03,Mona Eide,mona.eide@kommune.no,tildeling,leder\n',
  lise: '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c05,Lise Berg,lise.berg@kommune.no,nav-bolig,leder\n',
  geir: '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c04,Geir Aas,geir.aas@kommune.no,tildeling,admin\n',
};
/** Everyone; then Hanne has left and Tor has moved from Tildelingsteam to NAV. */
const EVERYONE = HEADER + row.hanne + row.tor + row.mona + row.lise + row.geir;
const AFTER = HEADER + row.torMoved + row.mona + row.lise + row.geir;

describe('OrgImportService', () => {
  let husly: InMemoryHusly;
  let outbox: InMemoryReminderOutbox;
  let clock: FakeClock;
  let gate: AccessGate;
  let service: OrgImportService;
  beforeEach(() => {
    husly = new InMemoryHusly();
    outbox = new InMemoryReminderOutbox();
    clock = new FakeClock(); // Monday 23 Nov 2026, 10:00 in Oslo
    gate = new AccessGate(clock);
    const uow: OrgImportUnitOfWork = { run: (work) => husly.run((repos) => work(repos, outbox)) };
    service = new OrgImportService(uow, gate, 'Europe/Oslo');
  });
  const counts = (outcome: ImportOutcome) =>
    outcome.ok ? { units: outcome.units, staff: outcome.staff } : outcome;
  const staffNamed = (name: string) => husly.state.staff.find((s) => s.name === name)!;

  it('creates units and staff, normalising ids, e-mail and role', async () => {
    const outcome = await service.run(parseCsv(UNITS), parseCsv(STAFF));
    assert.deepEqual(counts(outcome), {
      units: { created: 2, updated: 0, unchanged: 0 },
      staff: { created: 2, updated: 0, unchanged: 0 },
    });
    const hanne = staffNamed('Hanne Vik');
    assert.equal(hanne.aadObjectId, '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c01');
    assert.equal(hanne.email, 'hanne.vik@kommune.no');
    assert.equal(staffNamed('Tor Lie').role, 'koordinator');
    assert.equal(husly.state.audit.at(-1)?.action, 'org.import');
  });

  it('is idempotent, and reports what a second file changes', async () => {
    await service.run(parseCsv(UNITS), parseCsv(STAFF));
    const again = await service.run(parseCsv(UNITS), parseCsv(STAFF));
    assert.deepEqual(counts(again), {
      units: { created: 0, updated: 0, unchanged: 2 },
      staff: { created: 0, updated: 0, unchanged: 2 },
    });
    assert.equal(husly.state.units.length, 2);
    assert.equal(husly.state.staff.length, 2);
    const moved = await service.run(
      null,
      parseCsv(STAFF.replace('tildeling,Koordinator', 'nav-bolig,leder')),
    );
    assert.deepEqual(moved.ok && moved.staff, { created: 0, updated: 1, unchanged: 1 });
  });

  it('accepts staff for units already in the database', async () => {
    await service.run(parseCsv(UNITS), null);
    assert.equal((await service.run(null, parseCsv(STAFF))).ok, true);
  });

  it('reports every bad line with its number and column, and writes nothing', async () => {
    const units =
      'key,name,kind\nnav-bolig,NAV,nav\nNAV bolig,X,nav\nnav-bolig,Dobbel,nav\nhelse,,sykehus\n';
    const staff =
      'aad_object_id,name,email,unit_key,role\n' +
      'not-a-guid,A,a@k.no,nav-bolig,saksbehandler\n' +
      '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,B,ikke-epost,ukjent,sjef\n' +
      '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c02,C,c@k.no,nav-bolig\n';
    const outcome = await service.run(parseCsv(units), parseCsv(staff));
    assert.ok(!outcome.ok && 'problems' in outcome);
    const found = outcome.problems.map(
      (p) => `${p.file}:${p.line}:${p.code}${p.column ? `:${p.column}` : ''}`,
    );
    assert.deepEqual(found, [
      'units:3:UNIT_KEY_FORMAT:key',
      'units:4:DUPLICATE:key',
      'units:5:REQUIRED:name',
      'units:5:UNIT_KIND:kind',
      'staff:2:AAD_OBJECT_ID:aad_object_id',
      'staff:3:EMAIL:email',
      'staff:3:UNKNOWN_UNIT:unit_key',
      'staff:3:ROLE:role',
      'staff:4:COLUMN_COUNT',
    ]);
    assert.deepEqual(husly.state.units, []);
    assert.deepEqual(husly.state.staff, []);
    assert.deepEqual(husly.state.audit, []);
  });

  it('rejects a file with the wrong header', async () => {
    const outcome = await service.run(parseCsv('navn,type\nx,nav\n'), null);
    assert.deepEqual(outcome, {
      ok: false,
      problems: [{ file: 'units', line: 1, code: 'HEADER' }],
    });
  });

  describe('leavers and movers', () => {
    let ids: Record<'hanne' | 'tor' | 'mona' | 'lise', string>;
    /**
     * Case A: NAV's, coordinated by Hanne. B: Tildelingsteam's,
     * by Tor. C: Tildelingsteam's, by Mona (not affected).
     */
    let cases: Record<'a' | 'b' | 'c', string>;
    const actorOf = async (staffId: string): Promise<Actor> =>
      husly.run(async ({ org }) => {
        const staff = (await org.findStaffById(staffId))!;
        return { staff, unit: (await org.findUnitById(staff.unitId))!, tenantId: TENANT };
      });
    const identify = (aadObjectId: string) => {
      const repos = husly.repositories();
      return new IdentifyActorService(repos.org, repos.audit, gate, {
        allowedTenants: [],
      }).identify(TENANT, { tenantId: TENANT, aadObjectId });
    };
    const kase = (id: string) => husly.state.cases.find((c) => c.id === id)!;
    const reassignRows = () => outbox.rows.filter((r) => r.kind === 'staff.reassign');

    beforeEach(async () => {
      assert.ok((await service.run(parseCsv(UNITS), parseCsv(EVERYONE))).ok);
      ids = {
        hanne: staffNamed('Hanne Vik').id,
        tor: staffNamed('Tor Lie').id,
        mona: staffNamed('Mona Eide').id,
        lise: staffNamed('Lise Berg').id,
      };
      cases = await husly.run(async ({ org, residents, cases: repo }) => {
        const open = async (unitKey: string, coordinatorId: string, name: string) => {
          const resident = await residents.create({
            idHash: null,
            maskedId: null,
            name,
            birthDate: null,
          });
          const created = await repo.create(await repo.nextReference(2026), {
            residentId: resident.id,
            category: 'fare-for-a-miste-bolig',
            subcategory: 'utkastelse-tvangssalg',
            level: 2,
            owningUnitId: (await org.findUnitByKey(unitKey))!.id,
            openedAt: clock.now(),
            timeline: EMPTY_TIMELINE,
          });
          await repo.update(created.id, { coordinatorId });
          return created.id;
        };
        return {
          a: await open('nav-bolig', ids.hanne, 'Testbeboer En'),
          b: await open('tildeling', ids.tor, 'Testbeboer To'),
          c: await open('tildeling', ids.mona, 'Testbeboer Tre'),
        };
      });
      // Mona handed a reminder on case C to Tor, and Lise
      // one on case A to Hanne: pending copies for them.
      await outbox.sync(
        `case:${cases.c}:`,
        [
          {
            key: `case:${cases.c}:V7:2026-11-30`,
            caseId: cases.c,
            kind: 'R-7',
            basis: 'practice',
            dueDate: '2026-11-30',
            sendAt: new Date('2026-11-30T07:00:00Z'),
            legalDeadline: null,
            audience: 'coordinator',
          },
        ],
        clock.now(),
      );
      await outbox.sync(
        `case:${cases.a}:`,
        [
          {
            key: `case:${cases.a}:V7:2026-11-30`,
            caseId: cases.a,
            kind: 'R-7',
            basis: 'practice',
            dueDate: '2026-11-30',
            sendAt: new Date('2026-11-30T07:00:00Z'),
            legalDeadline: null,
            audience: 'coordinator',
          },
        ],
        clock.now(),
      );
      assert.equal(
        await outbox.handOver(`case:${cases.c}:V7:2026-11-30`, ids.tor, ids.mona, clock.now()),
        'handed',
      );
      assert.equal(
        await outbox.handOver(`case:${cases.a}:V7:2026-11-30`, ids.hanne, ids.lise, clock.now()),
        'handed',
      );
    });

    it('keeps staff missing from the file as they are without --deactivate-missing', async () => {
      const outcome = await service.run(
        null,
        parseCsv(HEADER + row.tor + row.mona + row.lise + row.geir),
      );
      assert.ok(outcome.ok);
      assert.deepEqual(outcome.deactivated, []);
      assert.equal(staffNamed('Hanne Vik').deactivatedAt, null);
      assert.equal((await identify(HANNE)).ok, true);
    });

    it("dry run: writes nothing, lists who'd be deactivated or moved and their cases", async () => {
      const before = structuredClone({ state: husly.state, rows: outbox.rows });
      const outcome = await service.run(null, parseCsv(AFTER), {
        deactivateMissing: true,
        dryRun: true,
      });
      assert.ok(outcome.ok);
      assert.equal(outcome.dryRun, true);
      assert.deepEqual(outcome.staff, { created: 0, updated: 1, unchanged: 3 });
      assert.deepEqual(outcome.deactivated, [
        {
          staffId: ids.hanne,
          name: 'Hanne Vik',
          email: 'hanne.vik@kommune.no',
          from: { key: 'nav-bolig', name: 'NAV boligsosialt team' },
          to: null,
          openCases: [
            {
              caseId: cases.a,
              reference: kase(cases.a).reference,
              owningUnit: { key: 'nav-bolig', name: 'NAV boligsosialt team' },
            },
          ],
        },
      ]);
      assert.deepEqual(
        outcome.moved.map((m) => [
          m.name,
          m.from.name,
          m.to?.name,
          m.openCases.map((c) => c.reference),
        ]),
        [['Tor Lie', 'Tildelingsteam', 'NAV boligsosialt team', [kase(cases.b).reference]]],
      );
      assert.deepEqual(
        { state: husly.state, rows: outbox.rows },
        before,
        'nothing written, not even an audit event',
      );
      assert.equal((await identify(HANNE)).ok, true);
    });

    it('--deactivate-missing deactivates those not in the file (then not registered)', async () => {
      const outcome = await service.run(null, parseCsv(AFTER), { deactivateMissing: true });
      assert.ok(outcome.ok);
      assert.equal(outcome.dryRun, false);
      assert.deepEqual(
        outcome.deactivated.map((d) => d.name),
        ['Hanne Vik'],
      );
      assert.deepEqual(staffNamed('Hanne Vik').deactivatedAt, clock.now());
      assert.deepEqual(await identify(HANNE), { ok: false, code: 'ACTOR.NOT_REGISTERED' });
      assert.equal(
        (await identify('9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c03')).ok,
        true,
        'Mona, still in the file, is unaffected',
      );
      const navId = husly.state.units.find((u) => u.key === 'nav-bolig')!.id;
      assert.deepEqual(
        (await husly.repositories().org.listStaffInUnit(navId)).map((s) => s.name),
        ['Lise Berg', 'Tor Lie'],
        'no longer offered as a colleague',
      );
    });

    it('leaver/mover: cases lose coordinator, leaders reminded, handed copies return', async () => {
      const torBefore = await actorOf(ids.tor);
      assert.ok(
        (
          await husly.run((repos) =>
            gate.authorize(repos, torBefore, kase(cases.b), 'case.readDetails'),
          )
        ).ok,
      );

      const outcome = await service.run(null, parseCsv(AFTER), { deactivateMissing: true });
      assert.ok(outcome.ok);
      assert.equal(outcome.releasedReminders, 2);

      assert.equal(kase(cases.a).coordinatorId, null);
      assert.equal(kase(cases.b).coordinatorId, null);
      assert.equal(
        kase(cases.c).coordinatorId,
        ids.mona,
        "someone else's case keeps its coordinator",
      );
      for (const id of [cases.a, cases.b]) {
        const period = husly.state.ownership.filter((o) => o.caseId === id).at(-1)!;
        assert.deepEqual(
          [period.coordinatorId, period.endedAt, period.note],
          [null, null, COORDINATOR_LEFT_NOTE],
        );
      }
      // Tor, now in NAV, no longer reads Tildelingsteam's case he used to coordinate.
      const torAfter = await actorOf(ids.tor);
      assert.equal(torAfter.unit.key, 'nav-bolig');
      assert.deepEqual(
        await husly.run((repos) =>
          gate.authorize(repos, torAfter, kase(cases.b), 'case.readDetails'),
        ),
        { ok: false, code: 'ACCESS.DENIED' },
      );

      assert.deepEqual(
        reassignRows()
          .map((r) => [
            r.key,
            r.caseId,
            r.audience,
            r.basis,
            r.dueDate,
            r.legalDeadline,
            r.status,
            r.assigneeId,
          ])
          .sort(),
        [
          [
            `reassign:${cases.a}:${ids.hanne}:2026-11-23`,
            cases.a,
            'leader',
            'practice',
            '2026-11-23',
            null,
            'pending',
            null,
          ],
          [
            `reassign:${cases.b}:${ids.tor}:2026-11-23`,
            cases.b,
            'leader',
            'practice',
            '2026-11-23',
            null,
            'pending',
            null,
          ],
        ].sort(),
      );
      const copies = outbox.rows.filter((r) => r.key.includes(':overfort:'));
      assert.deepEqual(
        copies.map((r) => [r.status, r.assigneeId]),
        [
          ['pending', null],
          ['pending', null],
        ],
        'still to be sent, to the normal route',
      );

      // Durable delivery: each case's own unit leader gets it, in the next tick.
      const sent: { to: string; keys: string[] }[] = [];
      const notifier: ReminderNotifier = {
        async send(to: ReminderRecipient, items: readonly ReminderItem[]) {
          sent.push({
            to: to.kind === 'staff' ? to.staffId : `unit:${to.unitId}`,
            keys: items.map((i) => i.outboxKey),
          });
          return { ok: true, conversationId: 'c', activityId: `a${sent.length}` };
        },
        tellUndelivered: async () => true,
      };
      const reminders = new ReminderService(
        husly,
        outbox,
        notifier,
        clock,
        {
          owner: 'test',
          leaseMs: 60_000,
          batchSize: 50,
          retry: DEFAULT_RETRY_POLICY,
          settings: DEFAULT_REMINDER_SETTINGS,
          timeZone: 'Europe/Oslo',
        },
        () => 0.5,
      );
      await reminders.tick();
      const to = (key: string) => sent.filter((m) => m.keys.includes(key)).map((m) => m.to);
      assert.ok(
        to(`reassign:${cases.a}:${ids.hanne}:2026-11-23`).includes(ids.lise),
        "case a's leader",
      );
      assert.ok(
        to(`reassign:${cases.b}:${ids.tor}:2026-11-23`).includes(ids.mona),
        "case b's leader",
      );
      for (const copy of copies) {
        assert.ok(to(copy.key).length > 0, 'the released copy is still delivered');
        assert.ok(
          !to(copy.key).some((id) => id === ids.hanne || id === ids.tor),
          'not to the one who left or moved',
        );
      }

      const events = husly.state.audit
        .filter((e) => ['staff.moved', 'staff.deactivated', 'org.import'].includes(e.action))
        .slice(-3);
      assert.deepEqual(
        events.map((e) => [e.action, e.outcome, e.actorStaffId]),
        [
          ['staff.moved', 'ok', null],
          ['staff.deactivated', 'ok', null],
          ['org.import', 'ok', null],
        ],
      );
      const navId = husly.state.units.find((u) => u.key === 'nav-bolig')!.id;
      const tilId = husly.state.units.find((u) => u.key === 'tildeling')!.id;
      assert.deepEqual(events[0]?.detail, {
        staffId: ids.tor,
        fromUnitId: tilId,
        toUnitId: navId,
        casesReleased: 1,
        remindersReleased: 1,
      });
      assert.deepEqual(events[1]?.detail, {
        staffId: ids.hanne,
        unitId: navId,
        casesReleased: 1,
        remindersReleased: 1,
      });
      assert.equal(events[2]?.detail?.staffDeactivated, 1);
      assert.equal(events[2]?.detail?.staffMoved, 1);
      assert.doesNotMatch(
        JSON.stringify(events),
        /Hanne|Tor Lie|kommune\.no|Testbeboer/,
        'ids only, no names',
      );
    });

    it('running the same file again changes nothing', async () => {
      await service.run(null, parseCsv(AFTER), { deactivateMissing: true });
      const before = structuredClone({
        staff: husly.state.staff,
        cases: husly.state.cases,
        ownership: husly.state.ownership,
        rows: outbox.rows,
      });
      const again = await service.run(null, parseCsv(AFTER), { deactivateMissing: true });
      assert.ok(again.ok);
      assert.deepEqual(again.staff, { created: 0, updated: 0, unchanged: 4 });
      assert.deepEqual([again.deactivated, again.moved, again.releasedReminders], [[], [], 0]);
      assert.deepEqual(
        {
          staff: husly.state.staff,
          cases: husly.state.cases,
          ownership: husly.state.ownership,
          rows: outbox.rows,
        },
        before,
      );
    });

    it('someone deactivated who is listed again is active again', async () => {
      await service.run(null, parseCsv(AFTER), { deactivateMissing: true });
      const back = await service.run(null, parseCsv(AFTER + row.hanne), {
        deactivateMissing: true,
      });
      assert.deepEqual(back.ok && back.staff, { created: 0, updated: 1, unchanged: 4 });
      assert.equal((await identify(HANNE)).ok, true);
    });

    it('refuses to deactivate every admin, and writes nothing', async () => {
      const before = structuredClone({ state: husly.state, rows: outbox.rows });
      const withoutAdmin = HEADER + row.torMoved + row.mona + row.lise;
      assert.deepEqual(
        await service.run(null, parseCsv(withoutAdmin), { deactivateMissing: true }),
        { ok: false, refused: 'NO_ADMIN_LEFT' },
      );
      assert.deepEqual(
        await service.run(null, parseCsv(withoutAdmin), { deactivateMissing: true, dryRun: true }),
        { ok: false, refused: 'NO_ADMIN_LEFT' },
      );
      assert.deepEqual({ state: husly.state, rows: outbox.rows }, before);
      // Another admin in the file is enough.
      const other =
        '9d2f6c1e-4b7a-4e3d-8c5f-2a1b0e9d7c06,Ny Admin,ny.admin@kommune.no,nav-bolig,admin\n';
      assert.equal(
        (await service.run(null, parseCsv(withoutAdmin + other), { deactivateMissing: true })).ok,
        true,
      );
    });

    it('refuses --deactivate-missing without a staff file', async () => {
      assert.deepEqual(await service.run(parseCsv(UNITS), null, { deactivateMissing: true }), {
        ok: false,
        refused: 'STAFF_FILE_REQUIRED',
      });
      assert.equal(staffNamed('Hanne Vik').deactivatedAt, null);
    });
  });
});
