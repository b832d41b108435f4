import { expect, waitUntil } from '@open-wc/testing';

/**
 * Runs `trigger` (a click that offers a file) and returns the offered file's name and text. The
 * download itself is stopped; the file must be a calendar (text/calendar).
 */
export async function captureCalendarDownload(trigger: () => void): Promise<{ name: string; text: string }> {
  let blob: Blob | undefined;
  const original = URL.createObjectURL;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  const names: string[] = [];
  const onClick = (e: Event) => {
    const a = e.target as HTMLAnchorElement;
    if (a.download) {
      names.push(a.download);
      e.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    trigger();
    await waitUntil(() => names.length > 0, 'the download was offered');
  } finally {
    URL.createObjectURL = original;
    document.removeEventListener('click', onClick, true);
  }
  expect(blob!.type).to.contain('text/calendar');
  return { name: names[0], text: await blob!.text() };
}
