import type { StatQualifier } from '../feed/types.js';
import { numberFormat } from '../i18n/intl-cache.js';
import type { StatsCounterMessages } from './messages/en.js';

export type Notation = 'standard' | 'compact';

export interface FormattedFigure {
  /** What is shown: "50,000+", "plus de 50 000", "超过5万". */
  display: string;
  /** What a screen reader says: "more than 50,000", "more than 50 thousand". */
  spoken: string;
  /** The number alone, as it appears in `display` ("50 000"). */
  number: string;
}

/** Decimals of a figure, at most 3 (what Intl shows by default): 4.25 → 2, 50000 → 0. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  for (let digits = 1; digits < 3; digits++) {
    const scaled = value * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return digits;
  }
  return 3;
}

/**
 * Formats a figure in `locale` with its qualifier in the words of `messages`' language.
 * `decimals` fixes the fraction digits (the final figure's), so a figure that counts up keeps
 * one width. Compact figures qualified `over` are rounded down ("1.5K+" for 1,550, never
 * "1.6K+", which would overstate).
 */
export function formatFigure(
  value: number,
  qualifier: StatQualifier | undefined,
  locale: string,
  messages: StatsCounterMessages,
  notation: Notation = 'standard',
  decimals = decimalsOf(value),
): FormattedFigure {
  // -0 (a feed may hold it, a count-up may pass through it) is shown as 0, never "-0".
  if (value === 0) value = 0;
  const rounding: Intl.NumberFormatOptions =
    qualifier === 'over' ? { roundingMode: 'trunc' } : {};
  let shown: string;
  let said: string;
  if (notation === 'compact') {
    shown = numberFormat(locale, { notation: 'compact', ...rounding }).format(value);
    said = numberFormat(locale, { notation: 'compact', compactDisplay: 'long', ...rounding }).format(value);
  } else {
    shown = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
      value,
    );
    said = shown;
  }
  switch (qualifier) {
    case 'over':
      return { display: messages.over(shown), spoken: messages.overSpoken(said), number: shown };
    case 'about':
      return { display: messages.about(shown), spoken: messages.about(said), number: shown };
    default:
      return { display: shown, spoken: said, number: shown };
  }
}
