import type { AccessGate } from '../access/access-gate.ts';
import type { CaseRecord, Resident } from '../case/case.ts';
import { hashNationalId } from '../identity/national-id-hash.ts';
import { parseNationalId, type NationalIdError } from '../identity/national-id.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { AuditEvent } from './audit-event.ts';

export interface AccessReportLine {
  readonly at: Date;
  readonly action: string;
  readonly outcome: AuditEvent['outcome'];
  readonly staffName: string | null;
  readonly unitName: string | null;
  readonly caseReference: string | null;
  readonly purpose: string | null;
  readonly purposeNote: string | null;
}

/**
 * Who has looked at or changed a resident's data, and when: the resident's right of access
 * (pasientjournalloven § 22, GDPR art. 15). Producing the report is itself audited.
 */
export class ResidentAccessReportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly options: { readonly idSecret: string; readonly allowSyntheticIds: boolean },
  ) {}

  report(
    nationalId: string,
  ): Promise<
    Result<{ resident: Resident; lines: AccessReportLine[] }, NationalIdError | 'LOOKUP.NOT_FOUND'>
  > {
    return this.uow.run(async ({ residents, audit, org, cases }) => {
      const id = parseNationalId(nationalId, { allowSynthetic: this.options.allowSyntheticIds });
      if (!id.ok) return fail(id.code);
      const resident = await residents.findByIdHash(
        hashNationalId(id.value, this.options.idSecret),
      );
      if (!resident) return fail('LOOKUP.NOT_FOUND');
      const caseRefs = new Map<string, CaseRecord | null>();
      const lines: AccessReportLine[] = [];
      for (const e of await audit.listForResident(resident.id)) {
        const staff = e.actorStaffId ? await org.findStaffById(e.actorStaffId) : null;
        const unit = staff ? await org.findUnitById(staff.unitId) : null;
        if (e.caseId && !caseRefs.has(e.caseId))
          caseRefs.set(e.caseId, await cases.findById(e.caseId));
        lines.push({
          at: e.at,
          action: e.action,
          outcome: e.outcome,
          staffName: staff?.name ?? null,
          unitName: unit?.name ?? null,
          caseReference: e.caseId ? (caseRefs.get(e.caseId)?.reference ?? null) : null,
          purpose: typeof e.detail?.purpose === 'string' ? e.detail.purpose : null,
          purposeNote: e.purposeNote ?? null,
        });
      }
      await this.gate.record(audit, null, {
        action: 'audit.residentReport',
        outcome: 'ok',
        residentId: resident.id,
        detail: { entries: lines.length, audience: 'cli' },
      });
      return ok({ resident, lines });
    });
  }
}
