import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

/**
 * Offline validators for the official schemas copied into schemas/ (Teams manifest v1.24,
 * draft-04; Adaptive Card 1.5, draft-06). Strict about structure, lenient about the unknown
 * keywords and formats the official files use.
 */
// ajv-draft-04 is CommonJS with `module.exports = Ajv`; require gives the class under any interop.
const AjvDraft04 = createRequire(import.meta.url)(
  'ajv-draft-04',
) as typeof import('ajv-draft-04').default;

const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');
const load = (file: string) =>
  JSON.parse(readFileSync(path.join(SCHEMAS_DIR, file), 'utf8')) as Record<string, unknown>;

let manifestValidator: ValidateFunction | undefined;
let cardValidator: ValidateFunction | undefined;

export function validateManifest(manifest: unknown): string[] {
  const validate = (manifestValidator ??= new AjvDraft04({
    strict: false,
    allErrors: true,
    validateFormats: false,
  }).compile(load('MicrosoftTeams-1.24.schema.json')));
  return errorsOf(validate, manifest);
}

export function validateAdaptiveCard(card: unknown): string[] {
  if (!cardValidator) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addMetaSchema(draft06);
    // The official file names itself with draft-04 style `id`; give it a `$id` ajv understands.
    const { id, ...schema } = load('adaptive-card-1.5.json');
    cardValidator = ajv.compile({ ...schema, $id: String(id) });
  }
  // `msteams` (e.g. width: Full) is Teams' documented extension to the card root; the official
  // schema forbids unknown root keys, so only that one key is set aside before validating.
  const { msteams: _teamsExtension, ...standard } = (card ?? {}) as Record<string, unknown>;
  return errorsOf(cardValidator, standard);
}

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
