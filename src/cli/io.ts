/** What the command needs from its surroundings: Node in main.ts, stubs in tests. */
export interface Limits {
  /** Milliseconds before a URL read is given up. */
  timeoutMs: number;
  /** Bytes after which a URL read is given up. */
  maxBytes: number;
}

export interface Fetched {
  text: string;
  /** The URL the document came from (after redirects), when it was fetched. */
  url?: string;
  /** The answer's Access-Control-Allow-Origin: its value, or null when absent (undefined for files). */
  allowOrigin?: string | null;
}

export interface CliIo {
  /** A file's text, or a URL's answer within the limits; throws an Error with a plain message. */
  read(target: string, limits: Limits): Promise<Fetched>;
  /** Writes a file (convert --out). */
  write(path: string, text: string): Promise<void>;
  /** One line to stdout / stderr (the caller makes it printable). */
  out(line: string): void;
  err(line: string): void;
  /** The package version, for --version. */
  version: string;
}

/** Default limits of a URL read (documented in docs/feed.md). */
export const DEFAULT_LIMITS: Limits = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024 };

/** Exit codes of `wsis-widgets validate` and `convert`. */
export const EXIT = { clean: 0, refused: 1, usage: 2, dropped: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
