// The site commands' defaults and option parsing, apart from the builder and the server so that
// registering the commands (on every docket run) does not load either of them.
import { UsageError } from '../context.js';

export const DEFAULT_TITLE = 'Architecture decisions';

export const DEFAULT_PORT = 4040;

/** A port number from the command line: 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`--port: "${value}" is not a port number; use a whole number from 1 to 65535`);
  }
  return Number(value);
}
