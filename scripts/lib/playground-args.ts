import { parseArgs } from 'node:util';

/** What `npm run playground` was asked for. */
interface PlaygroundOptions {
  readonly persona: string;
  readonly openBrowser: boolean;
  readonly port: number;
}

export type PlaygroundArgs =
  | { readonly ok: true; readonly options: PlaygroundOptions }
  | { readonly ok: false; readonly message: string };

export const PLAYGROUND_USAGE =
  'Bruk: npm run playground [-- --as <rolle>] [--no-browser] [--port <port>]';

/**
 * Reads the playground's arguments. npm passes on every `--` after the first one, so
 * `npm run playground -- --as koordinator -- --no-browser` (the form older docs showed) gives
 * `--as koordinator -- --no-browser`: the separators are dropped, so both forms mean the same.
 * Problems come back as a Norwegian message, never a stack trace.
 */
export function parsePlaygroundArgs(
  argv: readonly string[],
  personas: readonly string[],
  defaultPersona: string,
): PlaygroundArgs {
  let values: { as?: string; 'no-browser'?: boolean; port?: string };
  try {
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: {
        as: { type: 'string' },
        'no-browser': { type: 'boolean' },
        port: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${argumentProblem(error)}\n${PLAYGROUND_USAGE}` };
  }
  const persona = values.as ?? defaultPersona;
  if (!personas.includes(persona))
    return {
      ok: false,
      message: `Ukjent rolle «${persona}». Velg en av: ${personas.join(', ')}`,
    };
  const port = values.port === undefined ? 56150 : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return {
      ok: false,
      message: `--port må være et portnummer (1–65535), ikke «${values.port}».`,
    };
  return { ok: true, options: { persona, openBrowser: !values['no-browser'], port } };
}

function argumentProblem(error: unknown): string {
  const { code, message = '' } = error as { code?: string; message?: string };
  const name = /'([^' ]*)/.exec(message)?.[1] ?? '?';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Ukjent valg «${name}».`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Uventet argument «${name}».`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return name === '--no-browser'
        ? '«--no-browser» tar ingen verdi.'
        : `«${name}» trenger en verdi.`;
    default:
      return 'Forstår ikke argumentene.';
  }
}
