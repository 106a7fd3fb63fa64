import { existsSync } from 'node:fs';
import { Understander } from './understand.ts';

let trained: Promise<Understander> | null = null;

/**
 * Where trained models are kept between starts: beside other tools' caches in node_modules,
 * which every install has and no one commits. The nearest one above this file, as Node finds
 * packages: the project's, from dialogs/ and from the compiled dist/dialogs/ alike. Keyed by the
 * corpus, so an edited corpus trains anew.
 */
function cacheDir(): URL {
  let dir = new URL('./', import.meta.url);
  while (!existsSync(new URL('node_modules/', dir)) && new URL('../', dir).href !== dir.href)
    dir = new URL('../', dir);
  return new URL('node_modules/.cache/husly/', dir);
}

/**
 * The one intent model of this process, trained from the committed corpus on first use (or
 * loaded from the cache). src/main.ts asks for it at start-up, so no user waits for it.
 */
export function sharedUnderstander(): Promise<Understander> {
  trained ??= Understander.train(undefined, { cacheDir: cacheDir() });
  return trained;
}
