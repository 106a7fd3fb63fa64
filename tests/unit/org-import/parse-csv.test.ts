import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../../../src/org-import/parse-csv.ts';

describe('parseCsv', () => {
  it('reads a plain file with its line numbers', () => {
    const table = parseCsv('key,name,kind\nnav,NAV,nav\ntil,Tildeling,tildeling\n');
    assert.deepEqual(table.header, ['key', 'name', 'kind']);
    assert.deepEqual(table.rows, [
      { line: 2, cells: ['nav', 'NAV', 'nav'] },
      { line: 3, cells: ['til', 'Tildeling', 'tildeling'] },
    ]);
  });

  it('handles Excel output: BOM, CRLF, quoted commas, quotes and line breaks, blank lines', () => {
    const table = parseCsv(
      '\uFEFFkey,name,kind\r\n\r\n"a","Bolig, eiendom","x"\r\n' +
        'b,"Sier ""hei""\npå to linjer",y\r\nc,C,z',
    );
    assert.deepEqual(table.header, ['key', 'name', 'kind']);
    assert.deepEqual(table.rows, [
      { line: 3, cells: ['a', 'Bolig, eiendom', 'x'] },
      { line: 4, cells: ['b', 'Sier "hei"\npå to linjer', 'y'] },
      { line: 6, cells: ['c', 'C', 'z'] },
    ]);
  });

  it('returns an empty header for an empty file', () => {
    assert.deepEqual(parseCsv(''), { header: [], rows: [] });
  });
});
