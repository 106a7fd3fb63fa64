import { NOTHING_REPORTED } from '../../src/domain/concern/concern.ts';
import { EMPTY_TIMELINE } from '../../src/domain/case/case.ts';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Repositories, UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaReminderOutbox } from '../../src/persistence/prisma-reminder-outbox.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { CorruptRowError } from '../../src/persistence/stored-value.ts';

/**
 * A row whose closed-set column was changed behind the application's back (raw SQL: a hand
 * edit, a bad migration, an older version) is refused by the repository that reads it, with
 * an error naming the column, instead of reaching the domain as a value it does not know.
 */
// A scratch database of our own: tests/helpers/husly-server.ts would load the whole bot.
const dir = mkdtempSync(path.join(tmpdir(), 'husly-corrupt-'));

describe('repositories refuse rows with values the domain does not know', () => {
  let db: Database;
  let uow: UnitOfWork;
  const ids = { unit: '', staffAad: '', caseId: '', conversation: '19:chat-1' };

  const sql = (statement: string, ...values: unknown[]) =>
    db.prisma.$executeRawUnsafe(statement, ...values);
  const read = <T>(work: (repos: Repositories) => Promise<T>) => uow.run(work);

  /** Corrupts one column with raw SQL, checks the refusal, and puts the value back. */
  async function refused(
    corrupt: { table: string; column: string; value: unknown; where: string; good: unknown },
    reading: (repos: Repositories) => Promise<unknown>,
  ): Promise<CorruptRowError> {
    const set = `UPDATE ${corrupt.table} SET "${corrupt.column}" = ? WHERE ${corrupt.where}`;
    await read(reading); // readable before
    assert.equal(await sql(set, corrupt.value), 1);
    let caught: unknown;
    await read(reading).catch((error: unknown) => (caught = error));
    assert.ok(caught instanceof CorruptRowError, `refused, got ${String(caught)}`);
    assert.equal(caught.column, `${corrupt.table}.${corrupt.column}`);
    assert.equal(caught.code, 'STORAGE.CORRUPT_ROW');
    assert.equal(await sql(set, corrupt.good), 1);
    await read(reading); // and readable again once the value is right
    return caught;
  }

  before(async () => {
    db = await openDatabase(`file:${path.join(dir, 'husly.db')}`);
    uow = new PrismaUnitOfWork(db.prisma);
    await uow.run(async ({ org, residents, cases, concerns, consents, conversations }) => {
      const unit = await org.upsertUnit({ key: 'nav', name: 'NAV', kind: 'nav' });
      const staff = await org.upsertStaff({
        aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
        name: 'S Saksbehandler',
        email: 's@k.no',
        unitKey: 'nav',
        role: 'saksbehandler',
      });
      const resident = await residents.create({
        idHash: 'h1',
        maskedId: '128793*****',
        name: 'Kari Nordmann',
        birthDate: '1993-07-12',
      });
      const kase = await cases.create('2031-0001', {
        residentId: resident.id,
        category: 'fare-for-a-miste-bolig',
        subcategory: 'utkastelse-tvangssalg',
        level: 3,
        owningUnitId: unit.id,
        openedAt: new Date('2031-02-01T10:00:00Z'),
        timeline: {
          ...EMPTY_TIMELINE,
          firstMissedRentDate: '2031-01-01',
          noticeDate: null,
          noticeReceivedDate: null,
          namsmannNoticeDate: null,
          evictionDate: null,
          evictionHappened: false,
        },
      });
      await concerns.add({
        ...NOTHING_REPORTED,
        source: 'tjeneste',
        submissionId: 'sub-1',
        caseId: kase.id,
        reporterId: staff.id,
        reporterUnitId: unit.id,
        createdAt: new Date('2031-02-01T10:00:00Z'),
        category: 'fare-for-a-miste-bolig',
        subcategory: 'utkastelse-tvangssalg',
        rentArrears: {
          amountNok: 12_500,
          months: 2,
          landlord: 'privat',
          firstMissedRentDate: '2031-01-01',
        },
        notice: null,
        namsmannNoticeDate: null,
        eviction: null,
        other: false,
        description: 'tekst',
        sharingBasis: 'ikke-avklart',
        residentInformed: true,
        consentId: null,
      });
      await consents.add({
        caseId: kase.id,
        unitIds: [unit.id],
        givenDate: '2031-02-01',
        form: 'skriftlig',
        source: 'case',
        recordedById: staff.id,
        recordedAt: new Date('2031-02-01T10:00:00Z'),
      });
      await conversations.save({
        conversationId: ids.conversation,
        conversationType: 'personal',
        tenantId: 't',
        serviceUrl: 'https://smba.example/',
        botId: 'b',
        aadObjectId: staff.aadObjectId,
        teamId: null,
        channelId: null,
        installedAt: null,
        removedAt: null,
        unreachableAt: null,
        locale: null,
        lastSeenAt: new Date('2031-02-01T10:00:00Z'),
      });
      Object.assign(ids, { unit: unit.id, staffAad: staff.aadObjectId, caseId: kase.id });
    });
  });

  after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cases: status, level, category and a subcategory of another category', async () => {
    const where = `id = '${ids.caseId}'`;
    const findCase = ({ cases }: Repositories) => cases.findById(ids.caseId);
    const error = await refused(
      { table: 'cases', column: 'status', value: 'opne', where, good: 'open' },
      findCase,
    );
    assert.match(error.message, /cases\.status holds 'opne'; expected open \| closed/);
    await refused({ table: 'cases', column: 'level', value: 9, where, good: 3 }, findCase);
    await refused(
      {
        table: 'cases',
        column: 'category',
        value: 'uten-bolig',
        where,
        good: 'fare-for-a-miste-bolig',
      },
      findCase,
    );
    await refused(
      // A real subcategory, but of "uten-egen-bolig".
      {
        table: 'cases',
        column: 'subcategory',
        value: 'asylmottak',
        where,
        good: 'utkastelse-tvangssalg',
      },
      findCase,
    );
    await refused(
      { table: 'cases', column: 'closedReason', value: 'solved', where, good: null },
      ({ cases }) => cases.findByReference('2031-0001'),
    );
  });

  it('units and staff: kind and role; a possibly personal value is not quoted', async () => {
    const error = await refused(
      {
        table: 'units',
        column: 'kind',
        value: 'Kari Nordmann',
        where: `id = '${ids.unit}'`,
        good: 'nav',
      },
      ({ org }) => org.findUnitById(ids.unit),
    );
    assert.ok(!error.message.includes('Kari'), error.message);
    await refused(
      {
        table: 'staff',
        column: 'role',
        value: 'superuser',
        where: `aadObjectId = '${ids.staffAad}'`,
        good: 'saksbehandler',
      },
      ({ org }) => org.findStaffByAadObjectId(ids.staffAad),
    );
  });

  it('concerns, consents and conversation references', async () => {
    const byCase = `caseId = '${ids.caseId}'`;
    await refused(
      {
        table: 'concerns',
        column: 'sharingBasis',
        value: 'samtykket',
        where: byCase,
        good: 'ikke-avklart',
      },
      ({ concerns }) => concerns.listForCase(ids.caseId),
    );
    await refused(
      {
        table: 'case_consents',
        column: 'form',
        value: 'telefon',
        where: byCase,
        good: 'skriftlig',
      },
      ({ consents }) => consents.listForCase(ids.caseId),
    );
    const good = JSON.stringify([ids.unit]);
    await refused(
      { table: 'case_consents', column: 'unitIds', value: 'nav, helse', where: byCase, good },
      ({ consents }) => consents.listForCase(ids.caseId),
    );
    await refused(
      {
        table: 'conversation_refs',
        column: 'conversationType',
        value: 'chat',
        where: `conversationId = '${ids.conversation}'`,
        good: 'personal',
      },
      ({ conversations }) => conversations.findByConversationId(ids.conversation),
    );
  });

  // Retention sets amounts and landlord to NULL together; a landlord missing alone is corruption.
  it('reads a concern whose arrears details were removed as without arrears', async () => {
    const byCase = `caseId = '${ids.caseId}'`;
    await refused(
      { table: 'concerns', column: 'landlordType', value: null, where: byCase, good: 'privat' },
      ({ concerns }) => concerns.listForCase(ids.caseId),
    );
    await sql(
      `UPDATE concerns SET arrearsAmount = NULL, arrearsMonths = NULL, landlordType = NULL
       WHERE ${byCase}`,
    );
    const [concern] = await read(({ concerns }) => concerns.listForCase(ids.caseId));
    assert.equal(concern?.rentArrears, null);
  });

  it('the reminder outbox: a claim sets a corrupt row aside and delivers the rest', async () => {
    const outbox = new PrismaReminderOutbox(db.prisma);
    for (const [kind, dueDate] of [
      ['D3', '2031-02-04'],
      ['D7', '2031-02-08'],
    ] as const)
      await outbox.enqueue({
        key: `case:x:${kind}:${dueDate}`,
        caseId: ids.caseId,
        kind,
        basis: 'practice',
        dueDate,
        legalDeadline: null,
        audience: 'coordinator',
        measureId: null,
        assigneeId: null,
        nextAttemptAt: new Date(`${dueDate}T07:00:00Z`),
      });
    await sql(`UPDATE reminder_outbox SET kind = 'D99' WHERE key = 'case:x:D3:2031-02-04'`);
    const claimed = await outbox.claimDue(new Date('2031-02-09T07:00:00Z'), 'A', 60_000, 10);
    assert.deepEqual(
      claimed.map((r) => r.key),
      ['case:x:D7:2031-02-08'],
      'the good row is still delivered',
    );
    const bad = await db.prisma.reminderOutbox.findUniqueOrThrow({
      where: { key: 'case:x:D3:2031-02-04' },
    });
    assert.equal(bad.status, 'dead');
    assert.match(bad.lastError ?? '', /reminder_outbox\.kind holds 'D99'/);
    await assert.rejects(
      outbox.byKey(bad.key),
      (error: unknown) =>
        error instanceof CorruptRowError && error.column === 'reminder_outbox.kind',
      'read by key, it is refused like any other',
    );
    const delivery = { conversationId: 'c', activityId: 'a' };
    const sentAt = new Date('2031-02-09T07:00:01Z');
    const [good] = claimed;
    assert.ok(good);
    assert.equal(await outbox.markSent([good.id], 'A', delivery, sentAt), 1);
    assert.deepEqual(
      await outbox.claimDue(new Date('2031-02-10T07:00:00Z'), 'B', 60_000, 10),
      [],
      'the dead row is never claimed again',
    );
  });
});
