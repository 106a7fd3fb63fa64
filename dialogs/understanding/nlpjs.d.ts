// The parts of NLP.js (@nlpjs/*, plain JavaScript without type declarations) Husly uses.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
    registerConfiguration(tag: string, configuration: object, override: boolean): void;
    get(name: 'nlp'): import('@nlpjs/nlp').NlpInstance;
  }
  export function containerBootstrap(): Promise<Container>;
}

declare module '@nlpjs/nlp' {
  export interface NlpClassification {
    readonly intent: string;
    readonly score: number;
  }
  export interface NlpResult {
    readonly intent: string;
    readonly score: number;
    readonly classifications: readonly NlpClassification[];
  }
  export interface NlpInstance {
    settings: { autoSave: boolean; autoLoad: boolean; log: boolean; threshold: number };
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
    export(minified?: boolean): string;
    import(data: string): void;
  }
  export const Nlp: unknown;
}

declare module '@nlpjs/lang-no' {
  export const LangNo: unknown;
}

declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
