import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { providerOf } from '../provider.ts';
import { CharAsTextClient } from './pg-char-as-text.ts';

/**
 * Prisma's schema engine compiled to WebAssembly, driven through the SQLite or PostgreSQL driver
 * adapter.
 * The Prisma CLI's `migrate` commands need a native binary that cannot be downloaded on an
 * offline machine; this engine is the same Rust code (same SQL, same `_prisma_migrations`
 * table), so `prisma migrate deploy` keeps working wherever the binary is available.
 */

type Engine = bg.SchemaEngine;

let loaded = false;

function loadWasm(): void {
  if (loaded) return;
  // The engine reports panics through this global; without it a panic surfaces as
  // "Cannot read properties of undefined (reading 'set_message')".
  const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  registry.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    get(this: { message: string }) {
      return this.message;
    },
    set_message(this: { message: string }, message: string) {
      this.message = `RuntimeError: ${message}`;
    },
  };
  // Node 20 cannot `import` a .wasm file, so instantiate it by hand. The package does not
  // export package.json, hence resolving a file that it does export.
  const dir = path.dirname(
    createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg'),
  );
  const module = new WebAssembly.Module(readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(module, {
    './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  loaded = true;
}

export interface EngineHandle {
  readonly engine: Engine;
  /**
   * Frees the engine and closes every connection it opened; the SQLite file stays locked otherwise.
   */
  close(): Promise<void>;
}

/** The driver adapter the engine works through, for `url`'s database. */
function adapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === 'postgresql')
    return new PrismaPg({ connectionString: url, Client: CharAsTextClient });
  // Integer-millisecond timestamps in _prisma_migrations, as the native engine writes them;
  // an adapter in the default ISO mode cannot read rows the native engine wrote.
  return new PrismaBetterSqlite3({ url }, { timestampFormat: 'unixepoch-ms' });
}

/** An engine on one database: SQLite (`file:...` or `:memory:`) or PostgreSQL. */
export async function openEngine(url: string, schemaText: string): Promise<EngineHandle> {
  loadWasm();
  const opened: SqlDriverAdapter[] = [];
  const inner = adapterFactory(url);
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const adapter = await inner.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: [['schema.prisma', schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
