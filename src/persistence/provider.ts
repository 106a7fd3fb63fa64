/** The databases Husly runs on, chosen by the form of `DATABASE_URL`. */
export type Provider = 'sqlite' | 'postgresql';

/**
 * `file:…` is SQLite (the zero-set-up default); `postgresql://…` or `postgres://…` is PostgreSQL
 * (several instances on one database). Anything else is no database Husly knows.
 */
export function providerOf(url: string): Provider | null {
  if (/^file:.+/.test(url)) return 'sqlite';
  if (/^postgres(ql)?:\/\/.+/.test(url)) return 'postgresql';
  return null;
}
