import { MEASURE_TYPES } from './goal-plan.ts';

/** A measure type the municipality adds to the built-in list, with its label per language. */
export interface MeasureTypeSetting {
  /** Lower case letters, digits and hyphens; not one of the built-in codes. */
  readonly code: string;
  readonly label: { readonly nb: string; readonly nn?: string; readonly en?: string };
}

/** The municipality's målplan settings (HUSLY_PLAN_SETTINGS). */
export interface PlanSettings {
  readonly extraMeasureTypes: readonly MeasureTypeSetting[];
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = { extraMeasureTypes: [] };

/** Every measure type a new measure may have: the built-in ones, then the municipality's. */
export const measureTypeCodes = (settings: PlanSettings): readonly string[] => [
  ...MEASURE_TYPES,
  ...settings.extraMeasureTypes.map((t) => t.code),
];
