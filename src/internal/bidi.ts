import { html, type TemplateResult } from 'lit';

/** A character no message and no feed text holds (Unicode private use), marking where a value goes. */
const marker = '\u{F8FF}';

/**
 * A UI message around feed text, with the feed text isolated in a `<bdi>`: in an Arabic page
 * "Sponsor of “Huawei Technologies Co., Ltd.”" keeps the name's full stop at the name's end.
 * The message keeps its own words and punctuation (its catalogue's); a message that does not
 * show the value is returned as it is.
 *
 *   html`<a href=${url}>${isolate(m.prizePage, name)}</a>`
 */
export function isolate(message: (value: string) => string, value: string): TemplateResult | string {
  const parts = message(marker).split(marker);
  if (parts.length !== 2) return message(value);
  return html`${parts[0]}<bdi>${value}</bdi>${parts[1]}`;
}
