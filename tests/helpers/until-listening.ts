import type { ChildProcess } from 'node:child_process';

export interface Listening {
  readonly port: number;
  /** Everything it wrote to stdout and stderr, as it comes. */
  readonly output: string[];
  /** Its exit code, when it exits. */
  readonly exited: Promise<number | null>;
}

/**
 * Waits until a Husly process (started with stdout and stderr piped) logs that it listens, and
 * rejects with its output if it exits first or says nothing within `timeoutMs`.
 */
export async function untilListening(child: ChildProcess, timeoutMs = 30_000): Promise<Listening> {
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output.join('')}`)), timeoutMs);
    let listening = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (listening) return;
      // The whole output: a line may come in two chunks.
      const started = /"event":"started","port":(\d+)/.exec(output.join(''));
      if (started) {
        listening = true;
        clearTimeout(timer);
        resolve(Number(started[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited early:\n${output.join('')}`));
    });
  });
  return { port, output, exited };
}
