/**
 * Cases (saker) and their classification: the three main categories of vanskeligstilte on the
 * housing market with their subcategories (domain brief §3), and the KV 4-level model.
 * Codes are stored; the Norwegian labels live in the message catalogue.
 */
export const CATEGORIES = {
  'uten-egen-bolig': ['uten-tak-over-hodet', 'akutt-midlertidig', 'institusjon-uten-bolig', 'hos-venner-familie', 'asylmottak'],
  'fare-for-a-miste-bolig': ['utkastelse-tvangssalg', 'uten-gyldig-kontrakt', 'hoye-boutgifter'],
  'uegnet-bolig': ['darlig-standard', 'ikke-tilpasset', 'for-liten', 'uonsket-hos-foreldre', 'vanskelig-bomiljo'],
} as const;

export type Category = keyof typeof CATEGORIES;
export type Subcategory = (typeof CATEGORIES)[Category][number];

export const CASE_LEVELS = [1, 2, 3, 4] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];

/** grønt (1), gult (2), rødt (3–4). */
export type LevelColour = 'gront' | 'gult' | 'rodt';
export const levelColour = (level: CaseLevel): LevelColour => (level === 1 ? 'gront' : level === 2 ? 'gult' : 'rodt');

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export function isCategory(value: string): value is Category {
  return Object.hasOwn(CATEGORIES, value);
}

export function isSubcategoryOf(category: Category, value: string): value is Subcategory {
  return (CATEGORIES[category] as readonly string[]).includes(value);
}

/** 'YYYY-NNNN': the year the case was opened and its number that year. */
export function formatCaseReference(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

export const CASE_REFERENCE_PATTERN = /^(\d{4})-(\d{4,})$/;
