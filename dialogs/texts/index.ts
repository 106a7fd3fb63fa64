import { nb, type Texts } from './nb.ts';
import { en } from './en.ts';
import { nn } from './nn.ts';

/** Registered languages: bokmål (the default), nynorsk and English, each a file of type `Texts`. */
const CATALOGUES: Readonly<Record<string, Texts>> = { nb, nn, en };

/**
 * Picks the catalogue for a Teams locale ('nb-NO', 'nn-NO', 'en-US', …). 'no' and unknown
 * locales get bokmål, the municipality's default.
 */
export function textsFor(locale: string | undefined | null): Texts {
  if (typeof locale !== 'string') return nb;
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  // Own properties only: 'constructor' or '__proto__' must not pick up Object's members.
  return (Object.hasOwn(CATALOGUES, language) && CATALOGUES[language]) || nb;
}

export type { Texts };
