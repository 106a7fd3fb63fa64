import { performance } from 'node:perf_hooks';
import { setImmediate as nextMacrotask } from 'node:timers/promises';

export interface ReplanOutcome {
  readonly cases: number;
  readonly failed: number;
  readonly ms: number;
}

/**
 * Replans cases one by one, giving the event loop back every `sliceMs`. SQLite answers
 * synchronously and the adapter's promises are already resolved, so a plain loop would run as
 * one long chain of microtasks: no health check or turn could be answered until the last case
 * (ten seconds for 7,000 open cases when this was measured). A case that fails is counted and
 * skipped; the next start plans it again.
 */
export async function replanInSlices(
  caseIds: readonly string[],
  replan: (caseId: string) => Promise<void>,
  sliceMs = 10,
  yieldToLoop: () => Promise<unknown> = nextMacrotask,
): Promise<ReplanOutcome> {
  const began = performance.now();
  let sliceStart = began;
  let failed = 0;
  for (const id of caseIds) {
    try {
      await replan(id);
    } catch {
      failed++;
    }
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return { cases: caseIds.length, failed, ms: Math.round(performance.now() - began) };
}
