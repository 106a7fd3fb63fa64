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

/** 1 grønt, 2 gult, 3–4 rødt. */
export type CaseLevel = 1 | 2 | 3 | 4;

export type CaseStatus = 'open' | 'closed';

export function isSubcategoryOf(category: Category, value: string): value is Subcategory {
  return (CATEGORIES[category] as readonly string[]).includes(value);
}
