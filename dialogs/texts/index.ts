import { nb, type Texts } from './nb.ts';

/** Registered languages. Add nynorsk or English by adding a file of type `Texts` here. */
const CATALOGUES: Readonly<Record<string, Texts>> = { nb };

/**
 * Picks the catalogue for a Teams locale ('nb-NO', 'nn-NO', 'en-US', …). 'no' and unknown
 * locales get bokmål, the municipality's default.
 */
export function textsFor(locale: string | undefined | null): Texts {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  // Own properties only: 'constructor' or '__proto__' must not pick up Object's members.
  return (Object.hasOwn(CATALOGUES, language) && CATALOGUES[language]) || nb;
}

export type { Texts };
