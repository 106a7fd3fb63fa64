import { foldText } from '../src/domain/shared/fold-text.ts';

/**
 * The text commands Husly understands, in one table. The Teams manifest's commandLists are
 * checked against this table in tests, and MainDialog must have a handler for every id.
 */
export type CommandId = 'help' | 'cancel' | 'linkChannel';

export interface CommandMatch {
  readonly id: CommandId;
  /** What followed the command words, e.g. the unit key in "koble kanal nav-bolig". */
  readonly argument: string;
}

interface CommandSpec {
  readonly id: CommandId;
  /** The title shown in Teams' command menu (manifest commandLists). */
  readonly manifestTitle: string;
  readonly pattern: RegExp;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'help', manifestTitle: 'hjelp', pattern: /^(?:hjelp|help|\?|hjelp meg|hva kan du)$/ },
  { id: 'cancel', manifestTitle: 'avbryt', pattern: /^(?:avbryt|cancel|stopp|avslutt)$/ },
  { id: 'linkChannel', manifestTitle: 'koble kanal', pattern: /^(?:koble|kople|link)(?: til)? kanal(?:en)?(?: til)?(?: (.+))?$/ },
];

/**
 * Lower case, Norwegian letters folded (å→a, ø→o, æ→ae) and other diacritics dropped,
 * surrounding punctuation removed, white space collapsed: "Hjelp!" and " HJELP " are one command.
 */
export function normaliseCommandText(text: string): string {
  const folded = foldText(text);
  if (folded === '?') return folded;
  return folded.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

export function matchCommand(text: string): CommandMatch | null {
  const normalised = normaliseCommandText(text);
  for (const command of COMMANDS) {
    const match = command.pattern.exec(normalised);
    if (match) return { id: command.id, argument: (match[1] ?? '').trim() };
  }
  return null;
}
