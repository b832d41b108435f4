import { UsageError } from './args.js';
import { reportJson, reportLines, type Report } from './check.js';
import { convertCommand, CONVERT_USAGE } from './convert.js';
import { EXIT, type CliIo } from './io.js';
import { printable } from './printable.js';
import { validate, VALIDATE_USAGE } from './validate.js';

export { EXIT } from './io.js';

export const USAGE = `${VALIDATE_USAGE}

${CONVERT_USAGE}

wsis-widgets --version   prints the version`;

/**
 * Runs `wsis-widgets <args>`; resolves to the exit code (0, 1, 2 or 3). Never throws. Every line
 * goes through `printable`, so nothing a document holds can reach the terminal as a control.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  // One call, one line: a newline inside a line (from a document) is escaped like any control,
  // so no document can start a line of its own. Only the usage texts below are split.
  const out = (line: string) => io.out(printable(line));
  const err = (line: string) => io.err(printable(line));
  const outText = (text: string) => text.split('\n').forEach(out);
  const errText = (text: string) => text.split('\n').forEach(err);
  const [command, ...rest] = args;
  const json = rest.includes('--json');
  const usage = (message: string, text: string) => {
    if (json) out(JSON.stringify({ command, status: 'usage', exitCode: EXIT.usage, message }));
    else {
      err(message);
      errText(`\n${text}`);
    }
    return EXIT.usage;
  };
  try {
    if (command === '--version' || command === '-v') {
      out(io.version);
      return EXIT.clean;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      outText(USAGE);
      return EXIT.clean;
    }
    if (command !== 'validate' && command !== 'convert') {
      return usage(command ? `Unknown command "${command}".` : 'Which command?', USAGE);
    }
    const text = command === 'validate' ? VALIDATE_USAGE : CONVERT_USAGE;
    if (rest.includes('--help') || rest.includes('-h')) {
      outText(text);
      return EXIT.clean;
    }
    let report: Report;
    try {
      report = command === 'validate' ? await validate(rest, io) : await convertCommand(rest, io);
    } catch (error) {
      if (error instanceof UsageError) return usage((error as Error).message, text);
      throw error;
    }
    if (json) out(reportJson(report));
    else {
      // convert's stdout is the feed: its report goes to stderr whole.
      const lines = reportLines(report);
      if (command === 'convert') [...lines.err, ...lines.out].forEach(err);
      else {
        lines.out.forEach(out);
        lines.err.forEach(err);
      }
    }
    return report.exitCode;
  } catch (error) {
    err(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.refused;
  }
}
