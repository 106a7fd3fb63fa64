/**
 * Bot servers in child processes for bench/turn-latency.ts: started on a free port, ready when
 * GET /healthz answers 200, posted to over kept-alive HTTP connections (node:http, lighter on the
 * bench's own CPU than fetch), stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface BotServer {
  readonly name: string;
  /** The command line, as printed in the bench's header. */
  readonly command: string;
  readonly process: ChildProcess;
  readonly pid: number;
  readonly port: number;
  /** Everything the server wrote (stdout and stderr), kept up to `OUTPUT_LINES` lines. */
  readonly output: string[];
  readonly agent: http.Agent;
  readonly exited: Promise<number | null>;
}

const OUTPUT_LINES = 2_000;

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('error', () => resolve(false));
  });
}

/**
 * Spawns `node <args>` with PORT set (and `env` over this process's environment) in `cwd`, and
 * waits until it answers /healthz, up to `timeoutMs`.
 */
export async function spawnServer(
  name: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 60_000,
): Promise<BotServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.trim() && output.length < OUTPUT_LINES) output.push(line);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (c) => resolve((code = c))),
  );
  const began = performance.now();
  while (!(await healthy(port))) {
    if (code !== undefined || performance.now() - began > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(
        `${name} did not start (${code === undefined ? 'timed out' : `exit ${code}`}):\n` +
          output.slice(-30).join('\n'),
      );
    }
    await sleep(25);
  }
  return {
    name,
    command: `node ${args.join(' ')}`,
    process: child,
    pid: child.pid!,
    port,
    output,
    agent: new http.Agent({ keepAlive: true }),
    exited,
  };
}

/** SIGTERM, then SIGKILL if the server has not exited within `graceMs`. */
export async function stopServer(server: BotServer, graceMs = 10_000): Promise<void> {
  server.agent.destroy();
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  server.process.kill('SIGTERM');
  const timer = setTimeout(() => server.process.kill('SIGKILL'), graceMs);
  await server.exited;
  clearTimeout(timer);
}

export interface Answer {
  readonly status: number;
  /** When the whole response had arrived (performance.now() of this process). */
  readonly at: number;
  /** From writing the request to the end of the response, ms. */
  readonly ms: number;
}

/** POSTs a JSON body to the server's /api/messages over its kept-alive connections. */
export function postMessage(server: BotServer, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/messages',
        method: 'POST',
        agent: server.agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const at = performance.now();
          resolve({ status: res.statusCode ?? 0, at, ms: at - started });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
