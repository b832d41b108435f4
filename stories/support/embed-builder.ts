import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { attributesOf, embeddableElements, type EmbeddableElement } from '../../src/embed/embed-attributes.js';
import { frameHeightListener, iframeSnippet, scriptSnippet, type EmbedChoice } from './embed-snippet.js';
import { attributeInfo } from './manifest-attributes.js';

const titles: Record<EmbeddableElement, string> = {
  schedule: 'Programme',
  'partner-wall': 'Strategic partners',
  'prize-winners': 'Prize winners',
  'special-tracks': 'Special tracks',
  'stats-counter': 'Figures',
  'partner-badge': 'Proud partner badge',
};

/**
 * The Storybook "Embed builder": choose an element, set its attributes, see it live, copy the
 * snippet. Lives in stories/, not in the shipped library.
 */
@customElement('wsis-embed-builder')
export class WsisEmbedBuilder extends LitElement {
  static override styles = css`
    :host { display: block; font: 15px/1.5 system-ui, sans-serif; }
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 8px 16px; }
    label { display: grid; gap: 2px; font-weight: 600; }
    small { font-weight: 400; color: #444; }
    input, select, textarea { font: inherit; font-weight: 400; padding: 4px 6px; min-block-size: 32px; }
    textarea { inline-size: 100%; font-family: ui-monospace, monospace; font-size: 13px; }
    .preview { border: 1px dashed #889; padding: 12px; margin-block: 16px; }
    .snippet { margin-block: 12px; }
    button { font: inherit; min-block-size: 32px; padding-inline: 12px; }
    [role='status'] { min-block-size: 1.5em; }
  `;

  @state() private choice: EmbedChoice = {
    element: 'schedule',
    libraryUrl: 'https://your-cdn.example/wsis-widgets/dist/',
    attributes: { src: new URL('/demo/feeds/wsis-forum-2021.json', location.href).href },
  };
  @state() private copied = '';

  private update_(patch: Partial<EmbedChoice>) {
    this.choice = { ...this.choice, ...patch };
  }

  private setAttributeValue(name: string, value: string) {
    this.update_({ attributes: { ...this.choice.attributes, [name]: value } });
  }

  private async copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${what} copied.`;
    } catch {
      this.copied = `Select the ${what.toLowerCase()} and copy it (the browser refused clipboard access).`;
    }
  }

  protected override updated(): void {
    // The live preview: the chosen element with the chosen attributes (a tag from a fixed list).
    const preview = this.renderRoot.querySelector('.preview')!;
    const element = document.createElement(`wsis-${this.choice.element}`);
    for (const name of attributesOf(this.choice.element)) {
      const value = this.choice.attributes[name]?.trim();
      if (value) element.setAttribute(name, value);
    }
    preview.replaceChildren(element);
  }

  /**
   * One attribute's control: a select for an enumerated attribute (its values from
   * custom-elements.json, empty for the default), else a text field; the manifest's description
   * below it as its accessible description.
   */
  private renderAttribute(tag: string, name: string, value: string) {
    const { description, values } = attributeInfo(tag, name);
    const set = (e: Event) => this.setAttributeValue(name, (e.target as HTMLInputElement | HTMLSelectElement).value);
    const help = `help-${name}`;
    const control = values
      ? html`<select name=${name} aria-describedby=${help} @change=${set}>
          <option value="" ?selected=${value === ''}>(default)</option>
          ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${v}</option>`)}
        </select>`
      : html`<input name=${name} aria-describedby=${help} .value=${value} @change=${set} />`;
    return html`<label>${name} ${control}<small id=${help}>${description}</small></label>`;
  }

  override render() {
    const { element, libraryUrl, attributes } = this.choice;
    const script = scriptSnippet(this.choice);
    const frame = `${iframeSnippet(this.choice, titles[element])}\n<!-- Once per page, where scripts are allowed (the site's template): sizes the frame to its content. -->\n${frameHeightListener}`;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <label>Element
          <select @change=${(e: Event) => this.update_({ element: (e.target as HTMLSelectElement).value as EmbeddableElement })}>
            ${Object.keys(embeddableElements).map(
              (name) => html`<option value=${name} ?selected=${name === element}>wsis-${name}</option>`,
            )}
          </select>
        </label>
        <label>Where you host dist/
          <input .value=${libraryUrl} @input=${(e: Event) => this.update_({ libraryUrl: (e.target as HTMLInputElement).value })} />
        </label>
        ${attributesOf(element).map((name) => this.renderAttribute(`wsis-${element}`, name, attributes[name] ?? ''))}
      </form>
      <div class="preview" aria-label="Live preview" role="region"></div>
      <div class="snippet">
        <label>HTML for pages that allow scripts
          <textarea readonly rows="3" .value=${script}></textarea>
        </label>
        <button type="button" @click=${() => this.copy(script, 'Snippet')}>Copy snippet</button>
      </div>
      <div class="snippet">
        <label>For a CMS that strips scripts: an iframe of dist/embed.html
          <textarea readonly rows="5" .value=${frame}></textarea>
        </label>
        <button type="button" @click=${() => this.copy(frame, 'Iframe')}>Copy iframe</button>
      </div>
      <p role="status">${this.copied}</p>
    `;
  }
}
