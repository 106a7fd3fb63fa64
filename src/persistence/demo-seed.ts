import { hashNationalId } from '../domain/identity/national-id-hash.ts';
import { maskNationalId, parseNationalId } from '../domain/identity/national-id.ts';
import { DEMO_CASES, DEMO_RESIDENTS, DEMO_STAFF, DEMO_UNITS, demoStaffName } from '../demo/demo-municipality.ts';
import type { PrismaClient } from './generated/client.ts';

/**
 * Fills an empty database with Demo kommune, in one transaction. Returns false (and writes
 * nothing) if the database already has units, so it never touches a real organisation.
 */
export async function seedDemoMunicipality(prisma: PrismaClient, idSecret: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    if ((await tx.unit.count()) > 0) return false;
    const unitIds = new Map<string, string>();
    for (const unit of DEMO_UNITS) unitIds.set(unit.key, (await tx.unit.create({ data: unit })).id);
    const staffIds = new Map<string, string>();
    for (const s of DEMO_STAFF) {
      const row = await tx.staff.create({
        data: { aadObjectId: s.aadObjectId, name: demoStaffName(s), email: s.email, role: s.role, unitId: unitIds.get(s.unitKey)! },
      });
      staffIds.set(s.persona, row.id);
    }
    const residentIds: string[] = [];
    for (const r of DEMO_RESIDENTS) {
      const parsed = parseNationalId(r.nationalId, { allowSynthetic: true });
      if (!parsed.ok) throw new Error(`Demo resident has an invalid identity number (${parsed.code}).`);
      const row = await tx.resident.create({
        data: {
          idHash: hashNationalId(parsed.value, idSecret),
          maskedId: maskNationalId(parsed.value),
          name: r.name,
          birthDate: parsed.value.birthDate,
        },
      });
      residentIds.push(row.id);
    }
    for (const c of DEMO_CASES) {
      const owningUnitId = unitIds.get(c.owningUnitKey)!;
      const coordinatorId = c.coordinatorPersona ? staffIds.get(c.coordinatorPersona)! : null;
      const openedAt = new Date(c.openedAt);
      const closedAt = c.closedAt ? new Date(c.closedAt) : null;
      const created = await tx.case.create({
        data: {
          reference: c.reference,
          residentId: residentIds[c.residentIndex],
          category: c.category,
          subcategory: c.subcategory,
          level: c.level,
          status: c.status,
          owningUnitId,
          coordinatorId,
          openedAt,
          closedAt,
        },
      });
      await tx.caseOwnership.create({
        data: { caseId: created.id, unitId: owningUnitId, coordinatorId, startedAt: openedAt, endedAt: closedAt },
      });
    }
    const year = Number(DEMO_CASES[DEMO_CASES.length - 1].reference.slice(0, 4));
    await tx.caseSequence.create({ data: { year, last: DEMO_CASES.length } });
    return true;
  });
}
