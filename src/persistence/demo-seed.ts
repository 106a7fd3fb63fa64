import { hashNationalId } from '../domain/identity/national-id-hash.ts';
import { maskNationalId, parseNationalId } from '../domain/identity/national-id.ts';
import { addDays } from '../domain/common/calendar-date.ts';
import { foldText } from '../domain/common/fold-text.ts';
import { localDate } from '../domain/common/local-date.ts';
import {
  DEMO_CASES,
  DEMO_RESIDENTS,
  DEMO_ROUTING,
  DEMO_STAFF,
  DEMO_TEAM_ID,
  DEMO_UNITS,
  demoChannelId,
  demoStaffName,
} from '../demo/demo-municipality.ts';
import type { PrismaClient } from './generated/client.ts';

/**
 * Fills an empty database with Demo kommune, in one transaction. Returns false (and writes
 * nothing) if the database already has units, so it never touches a real organisation. Each unit
 * is linked to its channel in the playground's team: Husly can post there once the channel has
 * been opened in the playground (which installs Husly in it and posts the unit's untaken cases).
 */
export async function seedDemoMunicipality(
  prisma: PrismaClient,
  idSecret: string,
  now: Date,
  timeZone: string,
): Promise<boolean> {
  const today = localDate(now, timeZone);
  const daysAgo = (n: number) => addDays(today, -n);
  return prisma.$transaction(async (tx) => {
    if ((await tx.unit.count()) > 0) return false;
    const unitIds = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      const row = await tx.unit.create({
        data: {
          ...unit,
          channelConversationId: demoChannelId(unit.key),
          channelTeamId: DEMO_TEAM_ID,
          channelLinkedAt: now,
        },
      });
      unitIds.set(unit.key, row.id);
    }
    const unitId = (key: string) => required(unitIds.get(key), `unit ${key}`);
    const staffRows = new Map<string, { id: string; unitId: string }>();
    for (const s of DEMO_STAFF) {
      const row = await tx.staff.create({
        data: {
          aadObjectId: s.aadObjectId,
          name: demoStaffName(s),
          email: s.email,
          role: s.role,
          unitId: unitId(s.unitKey),
        },
      });
      staffRows.set(s.persona, { id: row.id, unitId: row.unitId });
    }
    const staff = (persona: string) => required(staffRows.get(persona), `staff ${persona}`);
    const residentIds: string[] = [];
    for (const r of DEMO_RESIDENTS) {
      const parsed = parseNationalId(r.nationalId, { allowSynthetic: true });
      if (!parsed.ok)
        throw new Error(`Demo resident has an invalid identity number (${parsed.code}).`);
      const row = await tx.resident.create({
        data: {
          idHash: hashNationalId(parsed.value, idSecret),
          maskedId: maskNationalId(parsed.value),
          name: r.name,
          nameSearch: foldText(r.name),
          birthDate: parsed.value.birthDate,
        },
      });
      residentIds.push(row.id);
    }
    for (const c of DEMO_CASES) {
      const owningUnitId = unitId(c.owningUnitKey);
      const coordinatorId = c.coordinatorPersona ? staff(c.coordinatorPersona).id : null;
      const openedAt =
        typeof c.openedAt === 'string'
          ? new Date(c.openedAt)
          : new Date(now.getTime() - c.openedAt.daysAgo * 86_400_000);
      const closedAt = c.closedAt ? new Date(c.closedAt) : null;
      const k = c.concern;
      const timeline = {
        firstMissedRentDate: k?.arrears ? daysAgo(k.arrears.firstMissedRentDaysAgo) : null,
        noticeDate: k?.notice ? daysAgo(k.notice.sentDaysAgo) : null,
        noticeReceivedDate: k?.notice ? daysAgo(k.notice.receivedDaysAgo) : null,
        namsmannNoticeDate:
          k?.namsmannNoticeDaysAgo !== undefined ? daysAgo(k.namsmannNoticeDaysAgo) : null,
        evictionDate: k?.evictionInDays !== undefined ? addDays(today, k.evictionInDays) : null,
        arrearsReportedDate: k?.arrearsReport ? daysAgo(k.arrearsReport.reportedDaysAgo) : null,
        acuteDate: k?.acute ? today : null,
      };
      const created = await tx.case.create({
        data: {
          reference: c.reference,
          residentId: required(residentIds[c.residentIndex], c.reference),
          category: c.category,
          subcategory: c.subcategory,
          level: c.level,
          status: c.status,
          owningUnitId,
          coordinatorId,
          openedAt,
          closedAt,
          ...timeline,
        },
      });
      await tx.caseOwnership.create({
        data: {
          caseId: created.id,
          unitId: owningUnitId,
          coordinatorId,
          startedAt: openedAt,
          endedAt: closedAt,
        },
      });
      for (const key of c.involvedUnitKeys)
        await tx.caseInvolvement.create({
          data: {
            caseId: created.id,
            unitId: unitId(key),
            since: openedAt,
            reason: 'granted',
            grantedById: coordinatorId,
            note: 'Demo: tjenstlig behov i oppfølgingen',
          },
        });
      if (k) {
        const reporter = staff(k.reporterPersona);
        const consent = k.consentUnitKeys
          ? await tx.caseConsent.create({
              data: {
                caseId: created.id,
                unitIds: JSON.stringify(k.consentUnitKeys.map(unitId)),
                givenDate: localDate(openedAt, timeZone),
                form: 'skriftlig',
                source: 'concern',
                recordedById: reporter.id,
                recordedAt: openedAt,
              },
            })
          : null;
        await tx.concern.create({
          data: {
            submissionId: `demo-${c.reference}`,
            caseId: created.id,
            reporterId: reporter.id,
            reporterUnitId: reporter.unitId,
            createdAt: openedAt,
            category: c.category,
            subcategory: c.subcategory,
            rentArrears: Boolean(k.arrears),
            arrearsAmount: k.arrears?.amountNok ?? null,
            arrearsMonths: k.arrears?.months ?? null,
            landlordType: k.arrears?.landlord ?? null,
            firstMissedRentDate: timeline.firstMissedRentDate,
            noticeReceived: Boolean(k.notice),
            noticeDate: timeline.noticeDate,
            noticeReceivedDate: timeline.noticeReceivedDate,
            namsmannNotice: timeline.namsmannNoticeDate !== null,
            namsmannNoticeDate: timeline.namsmannNoticeDate,
            evictionDateSet: timeline.evictionDate !== null,
            evictionDate: timeline.evictionDate,
            source: k.source,
            acute: k.acute ?? false,
            arrearsReportedDate: timeline.arrearsReportedDate,
            arrearsReminderSent: k.arrearsReport?.reminderSent ?? null,
            description: k.description,
            sharingBasis: k.sharingBasis,
            consentId: consent?.id ?? null,
            residentInformed: true,
          },
        });
      }
    }
    for (const [type, key] of Object.entries(DEMO_ROUTING))
      await tx.routingRule.create({ data: { concernType: type, unitId: unitId(key) } });
    const year = Number(required(DEMO_CASES.at(-1), 'last case').reference.slice(0, 4));
    await tx.caseSequence.create({ data: { year, last: DEMO_CASES.length } });
    return true;
  });
}

/** Demo data is a fixed table: a hole in it is a programming error, reported by what is missing. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data is missing ${what}`);
  return value;
}
