import type { AccessGate, OpenCaseError } from '../../access/access-gate.ts';
import type { Actor } from '../../actor/actor.ts';
import type { Clock } from '../../common/clock.ts';
import { fail, ok, type Result } from '../../common/result.ts';
import type { UnitOfWork } from '../../common/unit-of-work.ts';
import {
  CASE_LEVELS,
  isCategory,
  isSubcategoryOf,
  type CaseLevel,
  type CaseRecord,
  type Category,
  type Subcategory,
} from '../case.ts';
import { caseIdOf, type CaseTarget } from '../case-target.ts';

export type ClassificationError =
  | OpenCaseError
  | 'CLASSIFICATION.REASON_REQUIRED'
  | 'CLASSIFICATION.INVALID'
  | 'CLASSIFICATION.UNCHANGED';

/** "Endre nivå": the level (the person's need) and the category, each change with a reason. */
export class ClassifyCaseService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
  ) {}

  /** The case for the form, if the actor may change it; a refusal is audited. */
  forForm(actor: Actor, target: CaseTarget): Promise<Result<CaseRecord, OpenCaseError>> {
    return this.uow.run(async (repos) => {
      const caseId = await caseIdOf(repos, target);
      const loaded = await this.gate.authorizeOpen(
        repos,
        actor,
        caseId,
        'case.changeClassification',
      );
      return loaded.ok ? ok(loaded.value.kase) : loaded;
    });
  }

  /** Changes level and/or category; each change is recorded with who, when and why. */
  change(
    actor: Actor,
    caseId: string,
    change: { level: number; categoryChoice: string; reason: string },
  ): Promise<Result<CaseRecord, ClassificationError>> {
    return this.uow.run(async (repos) => {
      const loaded = await this.gate.authorizeOpen(
        repos,
        actor,
        caseId,
        'case.changeClassification',
      );
      if (!loaded.ok) return loaded;
      const { kase } = loaded.value;
      const reason = change.reason.trim();
      const [category, subcategory] = change.categoryChoice.split('/');
      const level = change.level as CaseLevel;
      if (
        !CASE_LEVELS.includes(level) ||
        !isCategory(category ?? '') ||
        !isSubcategoryOf(category as Category, subcategory ?? '')
      )
        return fail('CLASSIFICATION.INVALID');
      if (!reason || reason.length > 500) return fail('CLASSIFICATION.REASON_REQUIRED');
      const at = this.clock.now();
      const changes = [
        level !== kase.level
          ? { field: 'level' as const, fromValue: String(kase.level), toValue: String(level) }
          : null,
        `${category}/${subcategory}` !== `${kase.category}/${kase.subcategory}`
          ? {
              field: 'category' as const,
              fromValue: `${kase.category}/${kase.subcategory}`,
              toValue: `${category}/${subcategory}`,
            }
          : null,
      ].filter((c) => c !== null);
      if (changes.length === 0) return fail('CLASSIFICATION.UNCHANGED');
      for (const c of changes)
        await repos.cases.recordChange({
          caseId: kase.id,
          at,
          actorId: actor.staff.id,
          reason,
          ...c,
        });
      const updated = await repos.cases.update(kase.id, {
        level,
        category: category as Category,
        subcategory: subcategory as Subcategory,
      });
      await this.gate.done(repos, actor, loaded.value, 'case.changeClassification', {
        fields: changes.map((c) => c.field).join(','),
      });
      return ok(updated);
    });
  }
}
