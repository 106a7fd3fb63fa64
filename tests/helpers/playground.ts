import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Playground {
  readonly url: string;
  stop(): Promise<void>;
}

/** The Microsoft 365 Agents Playground pointed at a running bot, with the committed demo config. */
export async function startPlayground(botUrl: string, logDir: string): Promise<Playground> {
  const port = await freePort();
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '--dt', '-p', String(port)],
    {
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.resolve('.m365agentsplayground.yml'),
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(logDir, 'playground.log'),
      },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  // The port answers before the config is parsed; this route answers only once it is.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${url}/_internal/v1/testConfig`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null) throw new Error(`playground exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
      );
    },
  };
}
