import type { Staff, StaffRole, Unit, WeeklySchedule } from '../domain/org/org.ts';
import type {
  ChannelLink,
  OrgRepository,
  StaffUpsert,
  UnitUpsert,
} from '../domain/org/org.repository.ts';
import type { Db } from './database.ts';
import type { Staff as StaffRow, Unit as UnitRow } from './generated/client.ts';
import { stored } from './stored-columns.ts';

const toUnit = (row: UnitRow): Unit => ({
  id: row.id,
  key: row.key,
  name: row.name,
  kind: stored('units.kind', row.kind),
  channelConversationId: row.channelConversationId,
  worklistSchedule:
    row.worklistWeekday !== null && row.worklistTime !== null
      ? { weekday: row.worklistWeekday, time: row.worklistTime }
      : null,
});

const toStaff = (row: StaffRow): Staff => ({
  id: row.id,
  aadObjectId: row.aadObjectId,
  name: row.name,
  email: row.email,
  unitId: row.unitId,
  role: stored('staff.role', row.role),
  deactivatedAt: row.deactivatedAt,
});

export class PrismaOrgRepository implements OrgRepository {
  constructor(private readonly db: Db) {}

  async findStaffByAadObjectId(aadObjectId: string) {
    const row = await this.db.staff.findUnique({ where: { aadObjectId } });
    return row ? toStaff(row) : null;
  }

  async findStaffById(id: string) {
    const row = await this.db.staff.findUnique({ where: { id } });
    return row ? toStaff(row) : null;
  }

  async listStaffInUnit(unitId: string) {
    // Deactivated staff (left, or no longer in the org file) are never offered or notified.
    return (
      await this.db.staff.findMany({
        where: { unitId, deactivatedAt: null },
        orderBy: { name: 'asc' },
      })
    ).map(toStaff);
  }

  async listStaffByRole(role: StaffRole) {
    return (
      await this.db.staff.findMany({
        where: { role, deactivatedAt: null },
        orderBy: { name: 'asc' },
      })
    ).map(toStaff);
  }

  async findUnitById(id: string) {
    const row = await this.db.unit.findUnique({ where: { id } });
    return row ? toUnit(row) : null;
  }

  async findUnitByKey(key: string) {
    const row = await this.db.unit.findUnique({ where: { key } });
    return row ? toUnit(row) : null;
  }

  async listUnits() {
    return (await this.db.unit.findMany({ orderBy: { name: 'asc' } })).map(toUnit);
  }

  async upsertUnit(unit: UnitUpsert) {
    const data = { name: unit.name, kind: unit.kind };
    return toUnit(
      await this.db.unit.upsert({
        where: { key: unit.key },
        create: { key: unit.key, ...data },
        update: data,
      }),
    );
  }

  async upsertStaff(staff: StaffUpsert) {
    const unit = await this.db.unit.findUniqueOrThrow({ where: { key: staff.unitKey } });
    // Someone listed again in the org file is active again.
    const data = {
      name: staff.name,
      email: staff.email,
      role: staff.role,
      unitId: unit.id,
      deactivatedAt: null,
    };
    return toStaff(
      await this.db.staff.upsert({
        where: { aadObjectId: staff.aadObjectId },
        create: { aadObjectId: staff.aadObjectId, ...data },
        update: data,
      }),
    );
  }

  async deactivateStaff(staffId: string, at: Date) {
    await this.db.staff.updateMany({
      where: { id: staffId, deactivatedAt: null },
      data: { deactivatedAt: at },
    });
  }

  async linkUnitChannel(unitId: string, link: ChannelLink) {
    await this.db.unit.updateMany({
      where: { channelConversationId: link.conversationId, id: { not: unitId } },
      data: { channelConversationId: null, channelTeamId: null, channelLinkedAt: null },
    });
    return toUnit(
      await this.db.unit.update({
        where: { id: unitId },
        data: {
          channelConversationId: link.conversationId,
          channelTeamId: link.teamId,
          channelLinkedAt: link.linkedAt,
        },
      }),
    );
  }

  async setWorklistSchedule(unitId: string, schedule: WeeklySchedule | null) {
    return toUnit(
      await this.db.unit.update({
        where: { id: unitId },
        data: { worklistWeekday: schedule?.weekday ?? null, worklistTime: schedule?.time ?? null },
      }),
    );
  }
}
