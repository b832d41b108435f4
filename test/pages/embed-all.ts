// Embeds the six elements on the demo feed, recording CSP violations and errors for the test
// that loads this page in an iframe.
import '../../src/index.js';

declare global {
  interface Window {
    __violations: string[];
    __errors: string[];
  }
}

window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
);
window.addEventListener('error', (event) => window.__errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));

const feed = '/demo/feeds/wsis-forum-2021.json';
const widgets = document.getElementById('widgets')!;
for (const tag of ['wsis-stats-counter', 'wsis-schedule', 'wsis-partner-wall', 'wsis-prize-winners', 'wsis-special-tracks', 'wsis-partner-badge']) {
  const element = document.createElement(tag);
  element.setAttribute('src', feed);
  element.setAttribute('now', '2021-03-22T10:30:00+01:00');
  element.setAttribute('duration', '0');
  element.setAttribute('sessions', '');
  if (tag === 'wsis-partner-badge') element.setAttribute('partner', 'uae');
  widgets.append(element);
}
