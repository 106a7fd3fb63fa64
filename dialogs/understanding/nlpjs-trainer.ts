import { containerBootstrap } from '@nlpjs/core';
import { LangNo } from '@nlpjs/lang-no';
import { Nlp, type NlpInstance } from '@nlpjs/nlp';
import { networkFromNlpjs, type NetworkModel } from './network.ts';

/** A training sentence as the network sees it: its features, space-separated, and its task. */
export interface TrainingDocument {
  readonly features: string;
  readonly intent: string;
}

/**
 * Trains NLP.js on `documents` (about two seconds for Husly's corpus) and returns NLP.js itself,
 * for the test that holds `IntentNetwork` to NLP.js's scores. Only training imports NLP.js:
 * `intent-model.ts` loads this file when no trained network is cached.
 */
export async function trainNlpjs(documents: readonly TrainingDocument[], locale: string) {
  const container = await containerBootstrap();
  // NLP.js's default NLU settings with its epoch-by-epoch console logging turned off.
  container.registerConfiguration(
    'nlu-??',
    {
      keepStopwords: true,
      nonefeatureValue: 1,
      nonedeltaMultiplier: 1.2,
      spellCheck: false,
      spellCheckDistance: 1,
      filterZeros: true,
      log: false,
    },
    true,
  );
  container.use(Nlp);
  container.use(LangNo);
  const nlp: NlpInstance = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.log = false;
  nlp.settings.threshold = 0;
  nlp.addLanguage(locale);
  for (const document of documents) nlp.addDocument(locale, document.features, document.intent);
  await nlp.train();
  return nlp;
}

/** Trains NLP.js on `documents` and keeps only what `IntentNetwork` runs. */
export async function trainNetwork(
  documents: readonly TrainingDocument[],
  locale: string,
): Promise<NetworkModel> {
  const nlp = await trainNlpjs(documents, locale);
  return networkFromNlpjs(JSON.parse(nlp.export(true)), locale);
}
