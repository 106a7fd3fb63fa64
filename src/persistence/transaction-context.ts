import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Set while a unit of work's transaction runs its work. A statement sent on the writing
 * connection from inside that work (through the plain client rather than the transaction's)
 * belongs to the transaction and must not wait for it to end: that would wait for itself.
 */
export const insideTransaction = new AsyncLocalStorage<true>();
