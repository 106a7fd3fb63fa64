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
  // Teams' chart elements are not in Adaptive Card 1.5: each is checked against
  // schemas/teams-charts.json, and the card is then checked as a client without charts sees it,
  // with every chart replaced by its fallback.
  const chartProblems: string[] = [];
  const asWithoutCharts = withChartsAsFallbacks(standard, '', chartProblems);
  return [...chartProblems, ...errorsOf(cardValidator, asWithoutCharts)];
}

const CHART_SCHEMA_ID = 'https://husly.local/schemas/teams-charts.json';
let chartAjv: Ajv | undefined;
const chartValidators = new Map<string, ValidateFunction | null>();

/** The validator for one chart element type; null when no definition was copied for it. */
function chartValidator(type: string): ValidateFunction | null {
  if (!chartAjv) {
    chartAjv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    chartAjv.addSchema(load('teams-charts.json'));
  }
  if (!chartValidators.has(type)) {
    const definitions = (chartAjv.getSchema(CHART_SCHEMA_ID)?.schema ?? {}) as {
      definitions?: Record<string, unknown>;
    };
    chartValidators.set(
      type,
      Object.hasOwn(definitions.definitions ?? {}, type)
        ? chartAjv.compile({ $ref: `${CHART_SCHEMA_ID}#/definitions/${type}` })
        : null,
    );
  }
  return chartValidators.get(type) ?? null;
}

const isChart = (value: unknown): value is Record<string, unknown> & { type: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string' &&
  (value as { type: string }).type.startsWith('Chart.');

/**
 * A copy of `value` with every chart element checked (problems go to `problems`) and replaced
 * by its fallback. Husly's rule on top of the page: a chart must have a fallback element (a
 * table or fact set with the same figures), never "drop" or another chart, since the Agents
 * Playground and other clients draw no charts.
 */
function withChartsAsFallbacks(value: unknown, path: string, problems: string[]): unknown {
  if (Array.isArray(value))
    return value.map((item, i) => withChartsAsFallbacks(item, `${path}/${i}`, problems));
  if (typeof value !== 'object' || value === null) return value;
  if (isChart(value)) {
    const validate = chartValidator(value.type);
    if (!validate) problems.push(`${path} ${value.type}: no definition in teams-charts.json`);
    else problems.push(...errorsOf(validate, value).map((e) => `${path} ${value.type}${e}`));
    const { fallback } = value;
    if (typeof fallback !== 'object' || fallback === null || isChart(fallback)) {
      problems.push(`${path} ${value.type}: needs a fallback element (a FactSet or Table)`);
      return { type: 'TextBlock', text: '' };
    }
    return withChartsAsFallbacks(fallback, `${path}/fallback`, problems);
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, withChartsAsFallbacks(v, `${path}/${k}`, problems)]),
  );
}

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
