import { nb } from '../../dialogs/texts/nb.ts';
import {
  ARREARS_COLUMNS,
  type ArrearsColumn,
  type ArrearsImportOutcome,
  type ArrearsImportProblem,
} from '../../src/domain/concern/arrears-import.ts';
import type { ArrearsFieldError } from '../../src/domain/concern/arrears-report.ts';

/**
 * What `npm run import:restanser` says, in Norwegian. A problem names its line and column and
 * what is wrong, never the value in it: a cell may hold a fødselsnummer or a name, and the
 * header of a file without one is a line of data.
 */
export function describeArrearsProblem(problem: ArrearsImportProblem): string {
  switch (problem.code) {
    case 'EMPTY_FILE':
      return 'filen er tom.';
    case 'NO_LINES':
      return 'filen har ingen linjer under overskriftslinjen.';
    case 'HEADER': {
      const parts = [`overskriftslinjen må ha kolonnene ${ARREARS_COLUMNS.join(',')}`];
      if (problem.missing.length > 0) parts.push(`mangler: ${problem.missing.join(', ')}`);
      if (problem.unknown.length > 0)
        parts.push(`${problem.unknown.length} kolonne(r) som ikke hører til listen`);
      if (problem.missing.length === 0 && problem.unknown.length === 0)
        parts.push('en kolonne står to ganger');
      return `${parts.join('; ')}.`;
    }
    case 'CELL_COUNT':
      return `linjen har feil antall felt (skal ha ${problem.expected}).`;
    case 'FIELD':
      return `${problem.column}: ${fieldMessage(problem.column, problem.error)}`;
  }
}

/** What to write in a column where the value is not one of the choices. */
const CHOICES: Partial<Record<ArrearsColumn, string>> = {
  purring: 'Skriv ingen, purring eller inkassovarsel.',
  utleier: 'Skriv kommunal eller privat.',
  samtykkeklausul: 'Skriv ja eller nei.',
};

function fieldMessage(column: ArrearsColumn, code: ArrearsFieldError): string {
  if (code === 'NO_CONSENT_CLAUSE') return nb.arrearsReport.fieldErrors[code];
  if (code === 'CHOICE') return CHOICES[column] ?? nb.fieldErrors[code];
  if (code === 'DATE_FORMAT') return 'Ugyldig dato. Skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.';
  return nb.fieldErrors[code];
}

/** The summary: counts only, never a name or a number. */
export function summaryLines(
  outcome: ArrearsImportOutcome,
  input: { readonly lines: number; readonly thresholdNok: number },
): string[] {
  const kr = new Intl.NumberFormat('nb-NO').format(input.thresholdNok);
  const cases = `${outcome.newCases} ${outcome.newCases === 1 ? 'ny sak' : 'nye saker'}`;
  return [
    `Restanselisten er lest: ${input.lines} linje(r).`,
    `  Registrert: ${outcome.registered} (${cases})`,
    `  Allerede registrert: ${outcome.alreadyRegistered}`,
    `  Hoppet over, beløpet er ${kr} kr eller mindre: ${outcome.belowThreshold}`,
    `  Hoppet over, uten samtykkeklausul i leiekontrakten: ${outcome.withoutConsentClause}`,
  ];
}
