// Trains Husly's intent model from dialogs/utterances/ and saves it in node_modules/.cache/husly,
// so the first `npm start` after `npm install` loads it instead of training (cold start). Run by
// `postinstall`; harmless to run again. Prints only counts and times.
import { performance } from 'node:perf_hooks';
import { sharedUnderstander } from '../dialogs/understanding/shared-understander.ts';

const started = performance.now();
await sharedUnderstander();
console.log(`Husly: intent model ready (${Math.round(performance.now() - started)} ms).`);
