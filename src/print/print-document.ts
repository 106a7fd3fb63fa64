/**
 * A printable document as plain data: what it says and in which order, not how it looks. The
 * domain (or whoever loads a plan) fills it in; `pdf-render.ts` is the only place that knows the
 * PDF library, so the library can be swapped without touching what is printed.
 *
 * `title` is also the PDF's metadata title, which a file manager shows without opening the file:
 * keep it free of personal data ("Målplan", not the resident's name).
 */
export interface PrintDocument {
  /** E.g. "Målplan". */
  readonly title: string;
  /** Lines under the title: reference, resident, period… */
  readonly subtitle: readonly string[];
  readonly sections: readonly PrintSection[];
  /** Labels for the signature lines at the end, e.g. "Beboer", "Koordinator". */
  readonly signatures: readonly string[];
  /** On every page, e.g. "Utskrift 27.11.2026 av … – taushetsbelagt (forvaltningsloven § 13)". */
  readonly footer: string;
}

export interface PrintSection {
  readonly heading: string;
  readonly blocks: readonly PrintBlock[];
}

export type PrintBlock =
  /** `note`: a small grey line under the text, e.g. "Beboerens egne ord". */
  | { readonly kind: 'paragraph'; readonly text: string; readonly note?: string }
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [label: string, value: string])[] }
  | {
      readonly kind: 'list';
      readonly items: readonly { readonly text: string; readonly sub?: readonly string[] }[];
    };
