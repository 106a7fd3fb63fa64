/**
 * A value the data model guarantees (a row a foreign key points to, a key checked against the
 * same list moments before) but the type cannot: its absence is a bug or a broken database,
 * never a user's mistake, so it throws. `what` names the kind of thing that was missing
 * ('owning unit of a case'): never a name, an identity number or other personal data.
 */
export function mustExist<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing ${what}`);
  return value;
}
