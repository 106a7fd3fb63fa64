import type { Report, ReportCell } from '../domain/overview/report.ts';

/** Where the sheet's name goes: the first column of every line. */
const SHEET_COLUMN = 'Ark';
const SEPARATOR = ';';

/**
 * The report as one CSV file for Norwegian Excel: UTF-8 with a byte-order mark (so Excel reads
 * æ, ø and å), `;` between fields, CRLF line ends, and a decimal comma.
 *
 * One file, not one per sheet: every line starts with its sheet's name ("Ark"), and each sheet
 * starts with its own header line, whose first field is "Ark". Filter on the first column to get
 * one sheet; a line whose first field is "Ark" starts the next one.
 */
export function reportCsv(report: Report): Buffer {
  const lines = report.sheets.flatMap((sheet) => [
    [SHEET_COLUMN, ...sheet.columns],
    ...sheet.rows.map((row) => [sheet.name, ...row]),
  ]);
  const text = lines.map((line) => line.map(csvField).join(SEPARATOR)).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

/**
 * One field: a number with a decimal comma; text quoted when it holds the separator, a quote,
 * a line break or leading/trailing space (quotes doubled). Text Excel would take for a formula
 * (=, +, -, @, or a tab/CR first) gets a leading apostrophe, so opening the file runs nothing.
 */
export function csvField(cell: ReportCell): string {
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
