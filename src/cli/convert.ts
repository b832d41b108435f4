import { convert, ConvertError, SOURCES, type ConvertMap, type Source } from '../convert/index.js';
import { limitsOf, parseArgs, UsageError } from './args.js';
import { check, refused, type Report } from './check.js';
import type { CliIo } from './io.js';
import { printable } from './printable.js';
import { load, parseJson } from './validate.js';

export const CONVERT_USAGE = `Usage: wsis-widgets convert <file-or-url> --from frab|sessionize|indico|csv
                            [--tz <IANA zone>] [--event-id <id>] [--event-name <text>]
                            [--map <mapping.json>] [--out <file>] [--json]
                            [--timeout <seconds>] [--max-size <MB>]

Converts a programme to a feed v1 document (stdout, or --out), then reads it back as validate does.
  --from         frab (also pretalx schedule.json), sessionize ("All data" JSON), indico (export API JSON), csv
  --tz           the event time zone; required for sessionize and csv, overrides the source's otherwise
  --event-id, --event-name   required for sessionize and csv; override the source's otherwise
  --map          JSON: {"track": "Track", "type": "Session format", "language": "Language"} (sessionize
                 category titles) and/or {"columns": {"Session title": "title"}} (csv headers)
  --out          write the feed to this file instead of stdout
Exit: 0 converted and clean, 3 converted with drops, 1 not convertible or unreadable, 2 bad usage.`;

/** `wsis-widgets convert …`: a Report (the feed itself goes to stdout or --out). */
export async function convertCommand(args: readonly string[], io: CliIo): Promise<Report> {
  const parsed = parseArgs(args, ['--json'], ['--from', '--tz', '--event-id', '--event-name', '--map', '--out', '--timeout', '--max-size']);
  const from = parsed.values.get('--from');
  if (!from) throw new UsageError('Which source? Give --from frab|sessionize|indico|csv.');
  if (!(SOURCES as readonly string[]).includes(from)) throw new UsageError(`Unknown source "${from}": --from takes ${SOURCES.join(', ')}.`);
  if (parsed.positional.length !== 1) throw new UsageError(parsed.positional.length ? 'Give one file or URL.' : 'Which programme? Give a file or a URL.');
  const [target] = parsed.positional;
  const limits = limitsOf(parsed);

  let map: ConvertMap | undefined;
  const mapPath = parsed.values.get('--map');
  if (mapPath) {
    const loaded = await load(io, 'convert', mapPath, limits);
    if ('status' in loaded) return { ...loaded, refusal: { kind: 'map', message: `--map ${mapPath}: ${loaded.refusal?.message}` } };
    if (!isMap(loaded.json)) return refused('convert', target, 'map', new Error(`--map ${mapPath}: not an object of strings`));
    map = loaded.json;
  }

  let input: unknown;
  let url: string | undefined;
  if (from === 'csv') {
    try {
      const fetched = await io.read(target, limits);
      input = fetched.text;
      url = fetched.url;
    } catch (error) {
      return refused('convert', target, 'read', error);
    }
  } else {
    const loaded = await load(io, 'convert', target, limits);
    if ('status' in loaded) return loaded;
    input = loaded.json;
    url = loaded.url;
  }

  let result;
  try {
    result = convert(from as Source, input, {
      tz: parsed.values.get('--tz'),
      eventId: parsed.values.get('--event-id'),
      eventName: parsed.values.get('--event-name'),
      map,
      baseUrl: url,
    });
  } catch (error) {
    if (error instanceof ConvertError) return refused('convert', target, 'convert', error);
    throw error;
  }
  // JSON.stringify escapes C0 controls; printable() the rest (DEL, C1, bidi) as \uXXXX, which JSON
  // reads back as the same characters: the document is unchanged, and safe to print.
  // Its only raw newlines are the indentation's.
  const text = `${JSON.stringify(result.feed, null, 2).split('\n').map(printable).join('\n')}\n`;
  const out = parsed.values.get('--out');
  if (out) {
    try {
      await io.write(out, text);
    } catch (error) {
      return refused('convert', out, 'write', error);
    }
  } else if (!parsed.flags.has('--json')) {
    // The document on stdout, the report on stderr: `> feed.json` keeps only the feed.
    io.out(text.trimEnd());
  }
  // Read back exactly as validate reads a file: from the text written.
  const report = check(parseJson(text), { command: 'convert', target: out ?? target, strict: false });
  report.notes = result.notes;
  if (!out && parsed.flags.has('--json')) (report as Report & { feed?: unknown }).feed = result.feed;
  return report;
}

function isMap(value: unknown): value is ConvertMap {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, v]) =>
    key === 'columns' ? !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'string') : typeof v === 'string',
  );
}
