/**
 * Checks values read back from the database before they reach the domain.
 *
 * Closed sets (categories, roles, statuses, …) are stored as plain text or integer columns, not
 * Prisma enums: the codes contain hyphens ('rus-psykisk-helse'), which enum members cannot,
 * and plain columns behave the same on SQLite and PostgreSQL. The price is that the database
 * accepts any text, so a hand edit, a bad migration or an older version can leave a value no
 * domain `switch` expects. Mappers therefore read every such column through these functions,
 * which refuse the row with a `CorruptRowError` instead of passing the value on.
 */

/** `table.column`, with the table's SQL name (the model's `@@map`). */
export type ColumnName = `${string}.${string}`;

/**
 * A stored row holds a value the domain does not know. The message names the column and the
 * value only when the value is shaped like a code: anything that could be free text or an
 * identity number is described by its length, so the error can be logged and shown.
 */
export class CorruptRowError extends Error {
  /** Stable: the turn error handler logs the code, never the message. */
  readonly code = 'STORAGE.CORRUPT_ROW';
  override readonly name = 'CorruptRowError';

  constructor(
    readonly column: ColumnName,
    problem: string,
  ) {
    super(`Corrupt row: ${column} ${problem}`);
  }
}

/** Lists longer than this are not spelled out in the message (reminder kinds have 25). */
const MAX_LISTED = 10;

/**
 * The stored value if it is one of `values`; otherwise the row is refused.
 * `values` is the domain's `as const` list, so the result has the domain's type.
 */
export function oneOf<T extends string | number>(
  values: readonly T[],
  raw: unknown,
  column: ColumnName,
): T {
  const found = values.find((value) => value === raw);
  if (found === undefined) {
    const allowed =
      values.length <= MAX_LISTED ? `; expected ${values.join(' | ')}` : ' (not a known value)';
    throw new CorruptRowError(column, `holds ${describe(raw)}${allowed}`);
  }
  return found;
}

/** Like `oneOf`, for a nullable column: NULL stays null. */
export function oneOfOrNull<T extends string | number>(
  values: readonly T[],
  raw: unknown,
  column: ColumnName,
): T | null {
  return raw === null ? null : oneOf(values, raw, column);
}

/** A JSON array of strings (e.g. a list of unit ids). */
export function jsonStringList(raw: string, column: ColumnName): string[] {
  const value = parseJson(raw, column);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new CorruptRowError(column, 'is not a JSON list of texts');
  return value;
}

/** A flat JSON object whose values are texts, numbers or booleans (codes and ids). */
export function jsonFlatRecord(
  raw: string,
  column: ColumnName,
): Record<string, string | number | boolean> {
  const value = parseJson(raw, column);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CorruptRowError(column, 'is not a JSON object');
  const record: Record<string, string | number | boolean> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean')
      throw new CorruptRowError(column, 'has a JSON value that is not a text, number or boolean');
    record[key] = item;
  }
  return record;
}

function parseJson(raw: string, column: ColumnName): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // The parser's message quotes the text; ours does not.
    throw new CorruptRowError(column, 'is not valid JSON');
  }
}

/**
 * A code: lower-case start ('rus-psykisk-helse', 'groupChat', 'staff.reassign') or a
 * checkpoint id ('D1', 'F-14'). A capitalised word, a space or a long run of digits (an
 * identity or phone number) makes it something else, which is never quoted.
 */
const CODE_SHAPE = /^(?:[a-z][a-zA-Z0-9]*(?:[._-][a-zA-Z0-9]+)*|[A-Z]{1,2}-?\d{1,3})$/;

function describe(raw: unknown): string {
  if (raw === null || raw === undefined) return 'no value';
  // A long number could be an identity or phone number: only short ones are shown.
  if (typeof raw === 'number')
    return Number.isSafeInteger(raw) && Math.abs(raw) < 10_000 ? String(raw) : 'a number';
  if (typeof raw !== 'string') return `a value of type ${typeof raw}`;
  if (raw === '') return 'an empty text';
  if (raw.length <= 40 && CODE_SHAPE.test(raw) && !/\d{5}/.test(raw)) return `'${raw}'`;
  return `a text of ${raw.length} characters (not shown: not shaped like a code)`;
}
