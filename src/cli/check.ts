import { FeedError } from '../feed/errors.js';
import { lintFeed } from '../feed/lint.js';
import { readFeed } from '../feed/read.js';
import type { FeedWarning } from '../feed/types.js';
import { EXIT, type ExitCode } from './io.js';
import { faultLines, groupFaults } from './report.js';

/** What `validate` (and `convert`, on its output) found, in a form printed as text or JSON. */
export interface Report {
  command: 'validate' | 'convert';
  target: string;
  status: 'clean' | 'dropped' | 'refused';
  exitCode: ExitCode;
  /** Why the document was refused (kind as FeedError's, plus `read` for a file or URL that could not be read). */
  refusal?: { kind: string; message: string };
  counts?: Record<string, number>;
  /** Every drop, as the reader reports it. */
  faults: FeedWarning[];
  /** Advice that changes nothing the widgets show (see src/feed/lint.ts), plus the CORS check. */
  hints: FeedWarning[];
  /** Warnings of the converter (sessions left out, guesses made). */
  notes?: string[];
  strict?: boolean;
}

const COUNTED = ['sessions', 'tracks', 'locations', 'sessionTypes', 'tiers', 'partners', 'prizes', 'stats'] as const;

/** Base for relative URLs of a local file when no --base is given: any would do to check them. */
export const FILE_BASE = 'https://relative.invalid/';

/** Reads a parsed document exactly as the widgets do, and lints it. Never throws. */
export function check(
  json: unknown,
  { command, target, base, strict }: { command: Report['command']; target: string; base?: string; strict: boolean },
): Report {
  try {
    const { feed, warnings } = readFeed(json, { baseUrl: base ?? FILE_BASE });
    const counts: Record<string, number> = {};
    for (const key of COUNTED) counts[key] = feed[key].length;
    const status = warnings.length ? 'dropped' : 'clean';
    const exitCode = !warnings.length ? EXIT.clean : strict ? EXIT.refused : EXIT.dropped;
    return { command, target, status, exitCode, counts, faults: warnings, hints: lintFeed(json, feed), strict };
  } catch (error) {
    return refused(command, target, error instanceof FeedError ? error.kind : 'schema', error);
  }
}

export function refused(command: Report['command'], target: string, kind: string, error: unknown): Report {
  const message = error instanceof Error ? error.message : String(error);
  return { command, target, status: 'refused', exitCode: EXIT.refused, refusal: { kind, message }, faults: [], hints: [] };
}

/** The report as lines for stdout and stderr. */
export function reportLines(report: Report): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  for (const note of report.notes ?? []) err.push(`note: ${note}`);
  if (report.refusal) {
    const kind = report.refusal.kind === 'read' ? '' : ` (${report.refusal.kind})`;
    err.push(`✗ ${report.target}: refused${kind}: ${report.refusal.message}`);
    return { out, err };
  }
  out.push(...faultLines(report.faults));
  out.push(...faultLines(report.hints, 'hint: '));
  const counts = Object.entries(report.counts ?? {})
    .filter(([key, n]) => n > 0 || key === 'sessions')
    .map(([key, n]) => `${n} ${key}`)
    .join(', ');
  const n = report.faults.length;
  if (!n) out.push(`✓ ${report.target}: a valid feed v1 (${counts}).`);
  else {
    const summary = `${report.target}: read with ${n} ${n === 1 ? 'drop' : 'drops'} (${counts} kept).`;
    if (report.strict) err.push(`✗ ${summary} --strict: failing.`);
    else out.push(`! ${summary}`);
  }
  return { out, err };
}

/** The report as one JSON document (for CI): groups added, everything else as is. */
export function reportJson(report: Report): string {
  const groups = (list: FeedWarning[]) => groupFaults(list).map(({ path, message, count }) => ({ path, message, count }));
  return JSON.stringify({ ...report, faultGroups: groups(report.faults), hintGroups: groups(report.hints) });
}
