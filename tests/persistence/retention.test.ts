import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { present } from '../helpers/assert-present.ts';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
import { RetentionService } from '../../src/domain/retention/retention.service.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaRetentionStore } from '../../src/persistence/prisma-retention.store.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import {
  buildRetentionScenario,
  DAY,
  PEOPLE,
  TEXT,
  type Scenario,
} from '../helpers/retention-scenario.ts';

/** Retention against a real (temporary) SQLite database: what a privacy officer would check. */
const NOW = new Date('2026-11-26T10:00:00Z');
const SETTINGS = { closedCaseDays: 730, auditDays: 1825 };
const PROPOSAL_NOTE = 'Overføringsnotat: trenger tett oppfølging etter innleggelse';
const DECLINE_REASON = 'Avslått: personen har allerede fast kontakt hos oss';

/** Every row that holds content, so "nothing changed" is checked on all of it. */
async function snapshot(db: Database) {
  const p = db.prisma;
  return JSON.stringify(
    await Promise.all([
      p.resident.findMany({ orderBy: { id: 'asc' } }),
      p.case.findMany({ orderBy: { id: 'asc' } }),
      p.concern.findMany({ orderBy: { id: 'asc' } }),
      p.goal.findMany(),
      p.measure.findMany(),
      p.evaluation.findMany(),
      p.goalPlan.findMany(),
      p.caseOwnership.findMany({ orderBy: { id: 'asc' } }),
      p.caseChange.findMany(),
      p.caseInvolvement.findMany(),
      p.breakGlassGrant.findMany(),
      p.caseEvent.findMany({ orderBy: { id: 'asc' } }),
      p.handOverProposal.findMany({ orderBy: { id: 'asc' } }),
      p.reminderOutbox.findMany(),
      p.caseCard.findMany(),
      p.auditEvent.findMany({ orderBy: { id: 'asc' } }),
      p.pendingLookup.findMany(),
    ]),
  );
}

describe('retention (closed cases anonymised, audit events deleted)', () => {
  const temp = tempDatabase();
  let db: Database;
  let s: Scenario;
  const clock = {
    current: NOW,
    now() {
      return this.current;
    },
  };
  const service = () =>
    new RetentionService(new PrismaRetentionStore(db.prisma), new AccessGate(clock), SETTINGS);

  before(async () => {
    db = await openDatabase(temp.url);
    s = await buildRetentionScenario(db, NOW, 'test-secret');
    // A declined hand-over proposal on the old case: its note and reason are case content.
    const oldCase = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds.old } });
    await db.prisma.handOverProposal.create({
      data: {
        caseId: oldCase.id,
        kind: 'handover',
        fromUnitId: oldCase.owningUnitId,
        toUnitId: oldCase.owningUnitId,
        note: PROPOSAL_NOTE,
        proposedById: 'x',
        proposedAt: new Date(NOW.getTime() - 800 * DAY),
        status: 'declined',
        answeredById: 'y',
        answeredAt: new Date(NOW.getTime() - 799 * DAY),
        declineReason: DECLINE_REASON,
      },
    });
    // An abandoned person lookup (expired) and one in progress.
    await db.prisma.pendingLookup.createMany({
      data: [
        {
          id: 'expired',
          staffId: 'x',
          kind: 'person',
          payload: 'sealed',
          createdAt: new Date(NOW.getTime() - 3_600_000),
          expiresAt: new Date(NOW.getTime() - 1_800_000),
        },
        {
          id: 'live',
          staffId: 'x',
          kind: 'person',
          payload: 'sealed',
          createdAt: NOW,
          expiresAt: new Date(NOW.getTime() + 1_800_000),
        },
      ],
    });
  });
  after(async () => {
    await db.close();
    temp.cleanup();
  });

  it('a dry run lists what would go, by case reference, and writes nothing', async () => {
    const before = await snapshot(db);
    const plan = await service().plan(NOW);
    assert.deepEqual(
      plan.cases.map((c) => c.reference).sort(),
      [s.references.old, s.references.mixedClosed].sort(),
    );
    assert.equal(plan.residents, 1, 'only Kari: Ola still has an open case');
    assert.equal(
      plan.identityHashes,
      0,
      'Kari still has audit events, so she can still ask who looked',
    );
    assert.equal(plan.auditEvents, 2, 'the 2000- and 1900-day-old events');
    assert.equal(plan.pendingLookups, 1);
    assert.deepEqual(plan.closedBefore, new Date(NOW.getTime() - 730 * DAY));
    assert.equal(await snapshot(db), before, 'nothing in the database changed');
  });

  it('anonymises a case closed before the period, keeps what statistics need', async () => {
    const result = await service().run(NOW);
    assert.deepEqual(
      result.cases.map((c) => c.reference).sort(),
      [s.references.old, s.references.mixedClosed].sort(),
    );
    const p = db.prisma;

    const kase = await p.case.findUniqueOrThrow({ where: { id: s.caseIds.old } });
    assert.equal(kase.reference, s.references.old);
    assert.equal(kase.level, 3);
    assert.equal(kase.category, 'fare-for-a-miste-bolig');
    assert.equal(kase.status, 'closed');
    assert.equal(kase.closedReason, 'bolig-sikret');
    assert.ok(kase.closedAt && kase.openedAt, 'dates kept');
    assert.deepEqual(kase.anonymisedAt, NOW);

    const concern = await p.concern.findFirstOrThrow({ where: { caseId: s.caseIds.old } });
    assert.equal(concern.description, '');
    assert.equal(concern.arrearsAmount, null);
    assert.equal(concern.arrearsMonths, null);
    assert.equal(concern.landlordType, null);

    const kari = await p.resident.findUniqueOrThrow({ where: { id: s.residentIds.old } });
    assert.equal(kari.name, '');
    assert.equal(kari.nameSearch, '');
    assert.equal(kari.birthDate, null);
    assert.equal(kari.maskedId, null);
    assert.deepEqual(kari.anonymisedAt, NOW);
    assert.notEqual(
      kari.idHash,
      null,
      'kept while audit events about her remain (her access report)',
    );

    // No trace of any free text of the case anywhere in the database.
    const everything = await snapshot(db);
    const { description, ...onlyOnTheOldCase } = TEXT;
    for (const text of [
      `${description} (${s.references.old})`,
      `${description} (${s.references.mixedClosed})`,
      ...Object.values(onlyOnTheOldCase),
    ])
      assert.ok(!everything.includes(text), `"${text}" is gone`);
    assert.ok(!everything.includes(PEOPLE.old.name));
    assert.equal(
      await p.reminderOutbox.count({ where: { caseId: s.caseIds.old } }),
      0,
      'reminders deleted',
    );
    assert.equal(
      await p.caseCard.count({ where: { caseId: s.caseIds.old } }),
      0,
      'posted cards deleted',
    );
    assert.equal(
      await p.breakGlassGrant.count({ where: { caseId: s.caseIds.old } }),
      1,
      'the grant itself (who, when) stays',
    );
    const proposal = await p.handOverProposal.findFirstOrThrow({
      where: { caseId: s.caseIds.old },
    });
    assert.deepEqual(
      [proposal.note, proposal.declineReason, proposal.status, proposal.answeredById],
      [null, null, 'declined', 'y'],
      'a hand-over proposal keeps who, when and the outcome; its note and reason are gone',
    );
    assert.ok(!everything.includes(PROPOSAL_NOTE) && !everything.includes(DECLINE_REASON));
    assert.equal(
      await p.caseConsent.count({ where: { caseId: s.caseIds.old } }),
      1,
      'the consent record (units, dates) stays',
    );
    const outcome = await p.caseEvent.findFirstOrThrow({ where: { caseId: s.caseIds.old } });
    assert.deepEqual(
      [outcome.type, outcome.occurredOn, outcome.amountNok, outcome.decision],
      ['stonad-vedtak', '2023-06-02', null, null],
      'an outcome event keeps what and when; its amount and decision are gone',
    );
  });

  it('leaves open, recently closed cases; residents with an open case keep the name', async () => {
    const p = db.prisma;
    for (const key of ['recent', 'open', 'mixedOpen'] as const) {
      const kase = await p.case.findUniqueOrThrow({ where: { id: s.caseIds[key] } });
      assert.equal(kase.anonymisedAt, null, key);
      const concern = await p.concern.findFirstOrThrow({ where: { caseId: s.caseIds[key] } });
      assert.equal(concern.description, `${TEXT.description} (${kase.reference})`, key);
      assert.equal(concern.arrearsAmount, 21_000, key);
    }
    assert.equal(
      (await p.resident.findUniqueOrThrow({ where: { id: s.residentIds.recent } })).name,
      PEOPLE.recent.name,
    );
    assert.equal(
      (await p.resident.findUniqueOrThrow({ where: { id: s.residentIds.open } })).name,
      PEOPLE.open.name,
    );

    const ola = await p.resident.findUniqueOrThrow({ where: { id: s.residentIds.mixed } });
    assert.equal(ola.name, PEOPLE.mixed.name, 'Ola has an open case');
    assert.equal(ola.anonymisedAt, null);
    assert.ok(ola.maskedId && ola.birthDate && ola.idHash);
    assert.notEqual(
      (await p.case.findUniqueOrThrow({ where: { id: s.caseIds.mixedClosed } })).anonymisedAt,
      null,
      'his old case is anonymised all the same',
    );
  });

  it('deletes audit events past the period, keeps newer ones, logs the run as counts', async () => {
    const p = db.prisma;
    const events = await p.auditEvent.findMany({ orderBy: { at: 'asc' } });
    assert.ok(
      events.every((e) => e.at.getTime() >= NOW.getTime() - 1825 * DAY),
      'nothing older than 1825 days',
    );
    assert.ok(
      events.some((e) => e.action === 'case.open' && e.residentId === s.residentIds.old),
      'the 790-day-old event is kept',
    );
    const run = events.filter((e) => e.action === 'retention.run');
    assert.equal(run.length, 1);
    assert.deepEqual(JSON.parse(present(run[0], 'run[0]').detail!), {
      trigger: 'cli',
      cases: 2,
      residents: 1,
      identityHashes: 0,
      auditEvents: 2,
      pendingLookups: 1,
      closedCaseDays: 730,
      auditDays: 1825,
    });
    assert.equal(present(run[0], 'run[0]').residentId, null);
    assert.deepEqual(
      (await p.pendingLookup.findMany()).map((l) => l.id),
      ['live'],
      'the expired lookup is gone, the live one stays',
    );
  });

  it('does nothing (and records nothing) when run again the same day', async () => {
    const before = await snapshot(db);
    const again = await service().run(NOW);
    assert.deepEqual(
      [
        again.cases.length,
        again.residents,
        again.auditEvents,
        again.identityHashes,
        again.pendingLookups,
      ],
      [0, 0, 0, 0, 0],
    );
    assert.equal(await snapshot(db), before);
  });

  it('removes the identity hash once no audit event about the resident remains', async () => {
    // 1100 days on, Kari's last event (790 days old today) is past the audit period.
    const later = new Date(NOW.getTime() + 1100 * DAY);
    clock.current = later;
    const plan = await service().plan(later);
    assert.ok(plan.identityHashes >= 1);
    assert.notEqual(
      (await db.prisma.resident.findUniqueOrThrow({ where: { id: s.residentIds.old } })).idHash,
      null,
      'the dry run kept it',
    );

    await service().run(later);
    const kari = await db.prisma.resident.findUniqueOrThrow({ where: { id: s.residentIds.old } });
    assert.equal(kari.idHash, null, 'she can no longer be found by number');
    assert.equal(await db.prisma.auditEvent.count({ where: { residentId: s.residentIds.old } }), 0);
    assert.equal(
      (await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds.old } })).reference,
      s.references.old,
      'the case row stays',
    );
  });
});
