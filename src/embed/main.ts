// The iframe embed page's script: for CMSs that strip <script> tags from their content, an
// <iframe src=".../embed.html?element=…"> shows one element.
import '../index.js';
import { elementFromQuery } from './element-from-query.js';
import { frameIdFrom, postContentHeight } from './frame-height.js';

const mount = document.querySelector('main') ?? document.body;
const result = elementFromQuery(location.search, document, location.href);
if (result.ok) {
  const lang = result.element.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  mount.replaceChildren(result.element);
} else {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = result.message;
  mount.replaceChildren(message);
}

// In a frame, tell the host page how tall the content is (it may size the frame; else it scrolls).
if (window.parent !== window) postContentHeight(document.documentElement, frameIdFrom(location.search), window.parent);
