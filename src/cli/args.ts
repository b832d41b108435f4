import { DEFAULT_LIMITS, type Limits } from './io.js';

/** A bad command line (exit 2). */
export class UsageError extends Error {}

/** A command line split into flags, valued options and positional arguments. */
export interface Parsed {
  flags: Set<string>;
  values: Map<string, string>;
  positional: string[];
}

/** Parses `args` knowing which options are flags and which take a value; throws a usage message. */
export function parseArgs(args: readonly string[], flags: readonly string[], valued: readonly string[]): Parsed {
  const parsed: Parsed = { flags: new Set(), values: new Map(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (flags.includes(arg)) parsed.flags.add(arg);
    else if (valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value === '') throw new UsageError(`${arg} needs a value.`);
      parsed.values.set(arg, value);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

/** `--timeout <seconds>` (1–600) and `--max-size <MB>` (1–1024), or the defaults. */
export function limitsOf(parsed: Parsed): Limits {
  const number = (option: string, min: number, max: number) => {
    const text = parsed.values.get(option);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`${option} must be a number from ${min} to ${max}.`);
    return value;
  };
  const seconds = number('--timeout', 1, 600);
  const megabytes = number('--max-size', 1, 1024);
  return {
    timeoutMs: seconds === undefined ? DEFAULT_LIMITS.timeoutMs : seconds * 1000,
    maxBytes: megabytes === undefined ? DEFAULT_LIMITS.maxBytes : Math.round(megabytes * 1024 * 1024),
  };
}
