/**
 * Lower case, Norwegian letters folded (å→a, ø→o, æ→ae) and other diacritics dropped,
 * white space collapsed. Used for matching what people type: commands ("malplan" =
 * "målplan") and resident names ("Bjorn Saether" finds "Bjørn Sæther").
 */
export function foldText(text: string): string {
  return stripInvisible(text)
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Removes format and control characters (zero-width space, right-to-left override, soft
 * hyphen, …) and normalises to NFC: "Kari\u200b Nordmann" and "Kari Nordmann" are one name,
 * not two residents and two cases.
 */
export function stripInvisible(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cf}\p{Cc}]/gu, (c) => (c === '\n' || c === '\t' ? ' ' : ''))
    .replace(/[ \u00a0]+/g, ' ')
    .trim();
}
