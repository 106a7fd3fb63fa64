/**
 * Lower case, Norwegian letters folded (å→a, ø→o, æ→ae) and other diacritics dropped, white
 * space collapsed. Used for matching what people type: commands ("malplan" = "målplan") and
 * resident names ("Bjorn Saether" finds "Bjørn Sæther").
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
