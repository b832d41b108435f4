import { FeedError } from '../feed/errors.js';
import { readFeed } from '../feed/read.js';

/** Exit codes of `wsis-widgets validate`. */
export const EXIT = { clean: 0, refused: 1, usage: 2, dropped: 3 } as const;

export const USAGE = `Usage: wsis-widgets validate <file-or-url> [--strict] [--base <url>]

Reads a feed v1 document as the widgets do and prints every refusal or drop with its JSON path.
  --strict      treat drops as failures (exit 1 instead of 3)
  --base <url>  resolve relative URLs of a local file against this URL
Exit: 0 read with no drops, 1 refused (or, with --strict, drops), 3 read with drops, 2 bad usage.`;

/** What the command needs from its surroundings (Node in main.ts, stubs in tests). */
export interface ValidateIo {
  /** The document's text, and the URL it came from when it was fetched. */
  read(target: string): Promise<{ text: string; url?: string }>;
  out(line: string): void;
  err(line: string): void;
}

/** Base for relative URLs of a local file when no --base is given: any would do to check them. */
const FILE_BASE = 'https://relative.invalid/';

/** Runs `wsis-widgets <args>`; resolves to the exit code. Never throws. */
export async function run(args: readonly string[], io: ValidateIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return EXIT.clean;
  }
  if (command !== 'validate') {
    io.err(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
    return EXIT.usage;
  }
  let strict = false;
  let base: string | undefined;
  const targets: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--strict') strict = true;
    else if (arg === '--base') {
      base = rest[++i];
      if (!base || !URL.canParse(base)) {
        io.err(`--base needs an absolute URL.\n\n${USAGE}`);
        return EXIT.usage;
      }
    } else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return EXIT.clean;
    } else if (arg.startsWith('-') && arg !== '-') {
      io.err(`Unknown option "${arg}".\n\n${USAGE}`);
      return EXIT.usage;
    } else targets.push(arg);
  }
  if (targets.length !== 1) {
    io.err(`${targets.length ? 'Give one file or URL.' : 'Which feed? Give a file or a URL.'}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const [target] = targets;

  let text: string;
  let url: string | undefined;
  try {
    ({ text, url } = await io.read(target));
  } catch (error) {
    io.err(`✗ ${target}: refused: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.refused;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.err(`✗ ${target}: refused (parse): not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.refused;
  }
  try {
    const { feed, warnings } = readFeed(json, { baseUrl: url ?? base ?? FILE_BASE });
    const counts = (['sessions', 'tracks', 'sessionTypes', 'tiers', 'partners', 'prizes', 'stats'] as const)
      .map((key) => `${feed[key].length} ${key}`)
      .join(', ');
    for (const warning of warnings) io.out(`${warning.path}: ${warning.message}`);
    if (!warnings.length) {
      io.out(`✓ ${target}: a valid feed v1 (${counts}).`);
      return EXIT.clean;
    }
    const summary = `${target}: read with ${warnings.length} ${warnings.length === 1 ? 'drop' : 'drops'} (${counts} kept).`;
    if (strict) {
      io.err(`✗ ${summary} --strict: failing.`);
      return EXIT.refused;
    }
    io.out(`! ${summary}`);
    return EXIT.dropped;
  } catch (error) {
    if (error instanceof FeedError) {
      io.err(`✗ ${target}: refused (${error.kind}): ${error.message}`);
      return EXIT.refused;
    }
    io.err(`✗ ${target}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.refused;
  }
}
