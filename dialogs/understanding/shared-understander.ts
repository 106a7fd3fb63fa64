import { Understander } from './understand.ts';

let trained: Promise<Understander> | null = null;

/**
 * Where trained models are kept between starts: beside other tools' caches in node_modules,
 * which every install has and no one commits. Keyed by the corpus, so an edited corpus trains
 * anew.
 */
const CACHE_DIR = new URL('../../node_modules/.cache/husly/', import.meta.url);

/**
 * The one intent model of this process, trained from the committed corpus on first use (or
 * loaded from the cache). src/main.ts asks for it at start-up, so no user waits for it.
 */
export function sharedUnderstander(): Promise<Understander> {
  trained ??= Understander.train(undefined, { cacheDir: CACHE_DIR });
  return trained;
}
