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
import type {
  LevelReviewAsked,
  LevelReviewer,
} from '../../ownership/commands/hand-over-proposal.service.ts';

export type ClassificationError =
  | OpenCaseError
  | 'CLASSIFICATION.REASON_REQUIRED'
  | 'CLASSIFICATION.INVALID'
  | 'CLASSIFICATION.UNCHANGED';

/** A stored classification, and whether the tildeling team was asked to keep or take the case. */
export type Classified = CaseRecord & { readonly levelReview: LevelReviewAsked | null };

/**
 * "Endre nivå": the level (the person's need) and the category, each change with a reason. A
 * level raised to 2 or more is put to the tildeling team (`levelReviewer`) once stored.
 */
export class ClassifyCaseService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly levelReviewer: LevelReviewer | null = null,
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
  async change(
    actor: Actor,
    caseId: string,
    change: { level: number; categoryChoice: string; reason: string },
  ): Promise<Result<Classified, ClassificationError>> {
    const stored = await this.store(actor, caseId, change);
    if (!stored.ok) return stored;
    const { kase, fromLevel } = stored.value;
    const levelReview = this.levelReviewer
      ? await this.levelReviewer.levelChanged(actor, kase, fromLevel)
      : null;
    return ok({ ...kase, levelReview });
  }

  private store(
    actor: Actor,
    caseId: string,
    change: { level: number; categoryChoice: string; reason: string },
  ): Promise<Result<{ kase: CaseRecord; fromLevel: CaseLevel }, ClassificationError>> {
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
      return ok({ kase: updated, fromLevel: kase.level });
    });
  }
}
