import type { Table } from '../domain/org/org-import.ts';

/**
 * RFC 4180 CSV (comma, double-quote escaping), as Excel writes it: an optional UTF-8 BOM,
 * CRLF or LF line ends, quoted fields that may hold commas, quotes and line breaks. Blank
 * lines are skipped; each row keeps the line number it starts on, for error messages.
 */
export function parseCsv(text: string): Table {
  const source = text.replace(/^\uFEFF/, '');
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let touched = false;

  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (touched || cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    touched = false;
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      touched = true;
    } else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0 || touched) endRecord();

  const [header, ...rows] = records;
  return { header: header?.cells ?? [], rows };
}
