import type { CaseLevel, CasePhase, Category, Subcategory } from '../case/case.ts';
import type { WorklistCandidate } from './worklist.ts';

/**
 * The read model for the whole picture: the worklist, the overview and the reports. Counts come
 * from indexed aggregate queries, never from loading cases into memory (issue 12 §4). Figures
 * here are raw: the overview service suppresses small numbers before anyone sees them.
 */

/** A period of local dates, both days included ('YYYY-MM-DD'). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface StatisticsFilter {
  /** The owning unit, or null for the whole municipality. */
  readonly unitId: string | null;
  readonly period: Period;
  /** Local date: open cases and their phase are as of today. */
  readonly today: string;
  /** The municipality's time zone: instants (openedAt, at) are counted by their local date. */
  readonly timeZone: string;
}

/** Municipal or private landlord, from the latest concern that said; unknown otherwise. */
export const LANDLORDS = ['kommunal', 'privat', 'ukjent'] as const;
export type Landlord = (typeof LANDLORDS)[number];

/** Legal steps registered on cases in a period, by the date each step happened. */
export const LEGAL_STEPS = ['varsel-4-18', 'varsel-9-11', 'begjaering', 'utkastelse'] as const;
export type LegalStep = (typeof LEGAL_STEPS)[number];

/** Colours of the 4-level model: 1 grønt, 2 gult, 3–4 rødt. */
export type LevelColour = 'gronn' | 'gul' | 'rod';
export const levelColour = (level: number): LevelColour =>
  level <= 1 ? 'gronn' : level === 2 ? 'gul' : 'rod';

export interface RawFigures {
  /** Open cases today. */
  readonly openByLevel: readonly { readonly level: CaseLevel; readonly count: number }[];
  readonly openByPhase: readonly { readonly phase: CasePhase; readonly count: number }[];
  readonly openByCategory: readonly {
    readonly category: Category;
    readonly subcategory: Subcategory;
    readonly count: number;
  }[];
  readonly openByUnit: readonly { readonly unitId: string; readonly count: number }[];
  /** Cases opened in the period. */
  readonly newCases: number;
  /** Level changes in the period (case_changes), by from and to level. */
  readonly levelMoves: readonly {
    readonly fromLevel: number;
    readonly toLevel: number;
    readonly count: number;
  }[];
  /**
   * Cases closed in the period that had a § 4-18 notice or a request for eviction: housing
   * secured ("bolig-sikret") against evicted ("utkastet", or the eviction happened).
   */
  readonly outcomes: readonly {
    readonly landlord: Landlord;
    readonly outcome: 'prevented' | 'evicted';
    readonly count: number;
  }[];
  readonly legalSteps: readonly {
    readonly step: LegalStep;
    readonly landlord: Landlord;
    readonly count: number;
  }[];
  /**
   * For each case whose first contact was recorded in the period: whole days from its first
   * concern to that contact.
   */
  readonly daysToFirstContact: readonly number[];
  /** Økonomisk stønad (sosialtjenesteloven §§ 18–19) granted in the period: cases and kroner. */
  readonly moneyGranted: { readonly cases: number; readonly totalNok: number };
  /** Cases open at some time in the period with children in the household, and the children. */
  readonly children: { readonly households: number; readonly children: number };
}

export interface StatisticsRepository {
  /**
   * The open cases whose details the staff member may work with: their unit owns them, is
   * involved (an active involvement), or they are the saksansvarlig. The access gate checks
   * each row shown again.
   */
  worklistCandidates(staffId: string, unitId: string): Promise<WorklistCandidate[]>;
  /** The open cases a unit owns (the weekly post to its channel). */
  worklistCandidatesOwnedBy(unitId: string): Promise<WorklistCandidate[]>;
  figures(filter: StatisticsFilter): Promise<RawFigures>;
}
