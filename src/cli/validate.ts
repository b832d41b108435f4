import { limitsOf, parseArgs, UsageError } from './args.js';
import { check, refused, type Report } from './check.js';
import type { CliIo } from './io.js';

export const VALIDATE_USAGE = `Usage: wsis-widgets validate <file-or-url> [--strict] [--base <url>] [--json]
                             [--timeout <seconds>] [--max-size <MB>]

Reads a feed v1 document as the widgets do and prints every refusal or drop with its JSON path
(repeats of one fault grouped), then hints: languages Intl does not know, URLs without a scheme,
offsets that are not the event time zone's, and for a URL a missing Access-Control-Allow-Origin.
  --strict             treat drops as failures (exit 1 instead of 3)
  --base <url>         resolve relative URLs of a local file against this URL
  --json               print one JSON report (for CI) instead of lines
  --timeout <seconds>  give up reading a URL after this long (default 30, at most 600)
  --max-size <MB>      give up reading a URL past this size (default 20, at most 1024)
Exit: 0 read with no drops, 1 refused (or, with --strict, drops), 3 read with drops, 2 bad usage.`;

/** Parses a document's text; the error names the place, never echoes the bytes. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${Number(position) - before.lastIndexOf('\n')}`;
    }
    const start = text.trimStart();
    if (!start) throw new Error('not valid JSON: the answer is empty');
    if (start.startsWith('<')) throw new Error('not valid JSON: it looks like an HTML or XML page');
    throw new Error(`not valid JSON${where}`);
  }
}

/** Reads and parses a target; a Report when that fails. */
export async function load(
  io: CliIo,
  command: Report['command'],
  target: string,
  limits: ReturnType<typeof limitsOf>,
): Promise<{ json: unknown; url?: string; allowOrigin?: string | null } | Report> {
  let fetched;
  try {
    fetched = await io.read(target, limits);
  } catch (error) {
    return refused(command, target, 'read', error);
  }
  try {
    return { json: parseJson(fetched.text), url: fetched.url, allowOrigin: fetched.allowOrigin };
  } catch (error) {
    return refused(command, target, 'parse', error);
  }
}

/** The hint for an answer that browsers on other sites may not read. */
export function corsHint(allowOrigin: string | null | undefined): Report['hints'] {
  if (allowOrigin !== null) return [];
  return [
    {
      path: '(answer)',
      message:
        'no Access-Control-Allow-Origin header: pages on other sites cannot read this feed (send, for example, Access-Control-Allow-Origin: *)',
    },
  ];
}

/** `wsis-widgets validate …`: a Report, or a usage error (thrown as an Error). */
export async function validate(args: readonly string[], io: CliIo): Promise<Report> {
  const parsed = parseArgs(args, ['--strict', '--json'], ['--base', '--timeout', '--max-size']);
  const base = parsed.values.get('--base');
  if (base !== undefined && !URL.canParse(base)) throw new UsageError('--base needs an absolute URL.');
  if (parsed.positional.length !== 1) {
    throw new UsageError(parsed.positional.length ? 'Give one file or URL.' : 'Which feed? Give a file or a URL.');
  }
  const [target] = parsed.positional;
  const loaded = await load(io, 'validate', target, limitsOf(parsed));
  if ('status' in loaded) return loaded;
  const report = check(loaded.json, { command: 'validate', target, base: loaded.url ?? base, strict: parsed.flags.has('--strict') });
  report.hints.push(...corsHint(loaded.allowOrigin));
  return report;
}
