import { existsSync, readFileSync } from 'node:fs';
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
 * The model `npm run build` trained from the same corpus and code and wrote beside the compiled
 * code (`scripts/build.mjs` imports this name from the compiled file); in the source tree there
 * is none.
 *
 * @public
 */
export const BUILT_MODEL_FILE = 'understander.json';

function builtModel(): Understander | null {
  try {
    return Understander.fromSnapshot(
      JSON.parse(readFileSync(new URL(BUILT_MODEL_FILE, import.meta.url), 'utf8')),
    );
  } catch {
    return null; // No build beside this file, or an unreadable one: train (or load the cache).
  }
}

/**
 * The one intent model of this process: the build's, or trained from the committed corpus on
 * first use (or loaded from the cache). src/main.ts asks for it at start-up, so no user waits.
 */
export function sharedUnderstander(): Promise<Understander> {
  trained ??= Promise.resolve(builtModel()).then(
    (built) => built ?? Understander.train(undefined, { cacheDir: cacheDir() }),
  );
  return trained;
}
