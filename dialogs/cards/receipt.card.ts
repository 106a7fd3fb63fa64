import { adaptiveCard, heading, paragraph, type AdaptiveCard } from './adaptive-card.ts';

/**
 * What a submitted form becomes once it has done its work: its title and the outcome, with no
 * button, so an old form cannot be sent again by mistake.
 */
export function receiptCard(title: string, outcome: string): AdaptiveCard {
  return adaptiveCard([heading(title), paragraph(outcome, { weight: 'Bolder' })]);
}
