/**
 * What the command prints comes partly from the feed (keys, ids, messages quoting values): every
 * character that could steer a terminal or reorder a line is written as a visible escape — C0
 * (newline and tab included: one printed line is one line), DEL, C1 (ESC's 8-bit twin CSI among
 * them), the Unicode line and paragraph separators, and the bidirectional controls that can make
 * a line read differently from its bytes. `\uXXXX` is also a valid escape inside JSON strings,
 * so `--json` output stays valid JSON.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether a string holds a character `printable` would escape (for tests). */
export function hasControl(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return new RegExp(UNSAFE.source).test(text);
}
