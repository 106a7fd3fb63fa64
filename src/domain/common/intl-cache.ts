/**
 * Intl.DateTimeFormat objects cost about a tenth of a millisecond to build and nothing to
 * reuse; date helpers run per reminder per tick, so they share one per locale, zone and options.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}
