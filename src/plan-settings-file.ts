import { z } from 'zod';
import { MEASURE_TYPES } from './domain/goal-plan/goal-plan.ts';
import type { MeasureTypeSetting, PlanSettings } from './domain/goal-plan/plan-settings.ts';

/**
 * A municipality's own målplan settings, from a JSON file (HUSLY_PLAN_SETTINGS): measure types
 * added to the built-in list, each with a stored code and a label per language. Built-in codes
 * cannot be redefined. Anything left out keeps the default (no extra types). Problems are listed
 * in Norwegian, all at once, each naming its entry (`measureTypes[2].code: …`).
 */
const CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
const MAX_EXTRA_TYPES = 50;
const BUILT_IN: readonly string[] = MEASURE_TYPES;

/** Text, or a message for a missing value and for a value of another type. */
const textOr = (notText: string) =>
  z.string({ error: (i) => (i.input === undefined ? 'mangler' : notText) });

/** 1–60 characters once leading and trailing spaces are gone. */
const label = textOr('må være tekst').trim().min(1, 'kan ikke være tom').max(60, 'høyst 60 tegn');

/** An object's own problems: keys it does not know, or not being an object at all. */
const objectError = (expected: string) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys'
    ? `ukjent innstilling: ${issue.keys.join(', ')}`
    : `må være ${expected}`;

const measureType = z.strictObject(
  {
    code: textOr('må være tekst').superRefine((code, ctx) => {
      if (!CODE.test(code))
        ctx.addIssue({
          code: 'custom',
          message:
            `«${code}» må være 2–40 tegn: små bokstaver a–z, sifre og bindestrek, ` +
            'og begynne med bokstav eller siffer',
        });
      else if (BUILT_IN.includes(code))
        ctx.addIssue({
          code: 'custom',
          message: `«${code}» finnes fra før (innebygd tiltakstype)`,
        });
    }),
    label: z.strictObject(
      { nb: label, nn: label.optional(), en: label.optional() },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `ukjent språk: ${issue.keys.join(', ')} (bare nb, nn og en)`
            : issue.input === undefined
              ? 'mangler (minst nb)'
              : 'må være et objekt med nb, nn og en',
      },
    ),
  },
  { error: objectError('et objekt med code og label') },
);

const schema = z.strictObject(
  {
    measureTypes: z
      .array(measureType, { error: 'må være en liste' })
      .max(MAX_EXTRA_TYPES, {
        error: (issue) =>
          `høyst ${MAX_EXTRA_TYPES} ekstra tiltakstyper ` +
          `(filen har ${Array.isArray(issue.input) ? issue.input.length : '?'})`,
      })
      .optional(),
  },
  { error: objectError('et JSON-objekt: { "measureTypes": […] }') },
);

/** `measureTypes[2].code`, as an operator counts entries in the file (from 0). */
const where = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '') || '(fil)';

/**
 * A code listed twice: every later entry names the first. Read from the raw JSON, so it is
 * reported even when another entry is malformed.
 */
function duplicateProblems(json: unknown): string[] {
  if (typeof json !== 'object' || json === null || !('measureTypes' in json)) return [];
  const entries = json.measureTypes;
  if (!Array.isArray(entries)) return [];
  const first = new Map<string, number>();
  const problems: string[] = [];
  entries.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null || !('code' in entry)) return;
    const code = entry.code;
    if (typeof code !== 'string' || !CODE.test(code) || BUILT_IN.includes(code)) return;
    const earlier = first.get(code);
    if (earlier === undefined) first.set(code, i);
    else
      problems.push(`measureTypes[${i}].code: «${code}» finnes fra før (measureTypes[${earlier}])`);
  });
  return problems;
}

/** Problems in file order: the file's own first, then entry by entry (a stable sort). */
const entryOf = (problem: string) => Number(/^measureTypes\[(\d+)\]/.exec(problem)?.[1] ?? -1);

export function parsePlanSettings(
  text: string,
): { ok: true; settings: PlanSettings } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['er ikke gyldig JSON'] };
  }
  const parsed = schema.safeParse(json);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`)),
    ...duplicateProblems(json),
  ].sort((a, b) => entryOf(a) - entryOf(b));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      extraMeasureTypes: (parsed.data.measureTypes ?? []).map((t): MeasureTypeSetting => ({
        code: t.code,
        label: {
          nb: t.label.nb,
          ...(t.label.nn === undefined ? {} : { nn: t.label.nn }),
          ...(t.label.en === undefined ? {} : { en: t.label.en }),
        },
      })),
    },
  };
}
