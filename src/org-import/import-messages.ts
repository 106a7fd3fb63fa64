import { STAFF_ROLES, UNIT_KINDS } from '../domain/org/org.ts';
import { STAFF_COLUMNS, UNIT_COLUMNS, type ImportProblem } from '../domain/org/org-import.ts';

/** Norwegian text for an import problem, for the IT staff who run the import. */
export function describeImportProblem(p: ImportProblem): string {
  const column = p.column ? `kolonnen «${p.column}»` : '';
  const expectedColumns = p.file === 'units' ? UNIT_COLUMNS : STAFF_COLUMNS;
  switch (p.code) {
    case 'HEADER':
      return `første linje må være nøyaktig: ${expectedColumns.join(',')}`;
    case 'COLUMN_COUNT':
      return `feil antall kolonner (skal være ${expectedColumns.length})`;
    case 'REQUIRED':
      return `${column} mangler verdi`;
    case 'TOO_LONG':
      return `${column} er for lang (maks 200 tegn)`;
    case 'UNIT_KEY_FORMAT':
      return 'enhetsnøkkelen kan bare ha små bokstaver a–z, sifre og bindestrek (maks 40 tegn)';
    case 'UNIT_KIND':
      return `ukjent type; bruk en av: ${UNIT_KINDS.join(', ')}`;
    case 'DUPLICATE':
      return `${column} finnes allerede på en tidligere linje`;
    case 'AAD_OBJECT_ID':
      return 'aad_object_id må være en GUID (Object ID fra Entra ID)';
    case 'EMAIL':
      return 'ugyldig e-postadresse';
    case 'ROLE':
      return `ukjent rolle; bruk en av: ${STAFF_ROLES.join(', ')}`;
    case 'UNKNOWN_UNIT':
      return 'unit_key finnes verken i enhetsfilen eller i databasen';
  }
}
