import { css } from 'lit';

/** Styles of <wsis-prize-winners>: per-element hooks read into private variables. */
export const prizeWinnersStyles = css`
  :host {
    --_card-min: var(--wsis-prize-winners-card-min, 240px);
    --_gap: var(--wsis-prize-winners-gap, var(--_space-m));
    --_image-ratio: var(--wsis-prize-winners-image-ratio, 16 / 9);
    --_highlight: var(--wsis-prize-winners-highlight, var(--_accent));
    --_winner: var(--wsis-prize-winners-winner, #8a6d00);
    --_champion: var(--wsis-prize-winners-champion, #0b5cab);
    --_finalist: var(--wsis-prize-winners-finalist, #4b5563);
    --_honourable: var(--wsis-prize-winners-honourable-mention, #7a4a8c);
  }
  :host([theme='dark']) {
    --_winner: var(--wsis-prize-winners-winner, #e6c200);
    --_champion: var(--wsis-prize-winners-champion, #8ab4f8);
    --_finalist: var(--wsis-prize-winners-finalist, #aab2bc);
    --_honourable: var(--wsis-prize-winners-honourable-mention, #d7aefb);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_winner: var(--wsis-prize-winners-winner, #e6c200);
      --_champion: var(--wsis-prize-winners-champion, #8ab4f8);
      --_finalist: var(--wsis-prize-winners-finalist, #aab2bc);
      --_honourable: var(--wsis-prize-winners-honourable-mention, #d7aefb);
    }
  }

  p,
  ul {
    margin: 0;
  }
  .heading {
    margin: 0;
    line-height: 1.25;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  .filter {
    display: grid;
    /* A narrow element (288 px at 320 px, 400% zoom): the select shrinks with it, never clipped. */
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    max-inline-size: 100%;
    gap: var(--_space-xs);
    font-size: var(--_font-size-s);
  }
  .filter label {
    color: var(--_muted);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 32px;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    max-inline-size: min(100%, 360px);
  }
  /* The select's own drop-down list follows the theme. */
  :host([theme='dark']) select {
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) select {
      color-scheme: dark;
    }
  }
  [part~='filters'] .button {
    min-block-size: 32px;
  }

  .prizes {
    display: grid;
    gap: var(--_space-l);
  }
  .prize {
    display: grid;
    gap: var(--_space-s);
  }
  .prize-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-s);
  }
  .prize-header .heading {
    font-size: var(--_font-size-l);
  }
  .prize-year {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .prize-description {
    display: grid;
    gap: var(--_space-s);
  }
  .categories {
    padding-inline-start: var(--_space-l);
  }
  .not-listed {
    color: var(--_muted);
  }
  .category {
    display: grid;
    gap: var(--_space-s);
  }
  .category + .category {
    margin-block-start: var(--_space-s);
  }
  .category .heading {
    font-size: var(--_font-size);
  }
  .prize > .heading {
    font-size: var(--_font-size);
  }

  .awards {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_gap);
  }
  .award {
    display: grid;
    align-content: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    scroll-margin-block: var(--_space-l);
  }
  /* Drawn inside the card: the host's containment would clip an outline drawn outside it. */
  .award.highlighted {
    outline: 3px solid var(--_highlight);
    outline-offset: -3px;
    background: var(--_surface-alt);
  }
  .award:focus-visible {
    outline: 3px solid var(--_highlight);
    outline-offset: -3px;
  }
  .award-body {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    justify-items: start;
  }
  .award .heading {
    font-size: var(--_font-size);
  }
  .recipient {
    font-weight: 400;
  }
  .country {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }

  /* The image's space is kept before it loads, and by the fallback after a failure. */
  .media {
    aspect-ratio: var(--_image-ratio);
    inline-size: 100%;
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .media.fallback {
    display: grid;
    place-items: center;
    color: var(--_muted);
    font-size: 32px;
    font-weight: 600;
    letter-spacing: 0.05em;
  }

  /* The rank is a word; the border colour only adds to it. */
  .rank {
    display: inline-block;
    padding-block: 2px;
    padding-inline: var(--_space-s);
    border: 2px solid var(--_rank, var(--_border));
    border-radius: 999px;
    font-size: var(--_font-size-s);
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface);
  }
  .rank-winner {
    --_rank: var(--_winner);
  }
  .rank-champion {
    --_rank: var(--_champion);
  }
  .rank-finalist {
    --_rank: var(--_finalist);
  }
  .rank-honourable-mention {
    --_rank: var(--_honourable);
    font-weight: 400;
  }

  details summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 24px;
  }
  details[open] summary {
    margin-block-end: var(--_space-xs);
  }
  .description {
    display: grid;
    gap: var(--_space-xs);
  }
  .award-body a,
  .prize-link a {
    display: inline-block;
    min-block-size: 24px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .award.highlighted {
      transition: outline-color 0.3s ease;
    }
  }
  @media (forced-colors: active) {
    .award.highlighted {
      outline-color: Highlight;
    }
    .rank {
      border-color: CanvasText;
    }
  }
`;
