/**
 * Where each session of one day goes in the grid view: pure arithmetic, no DOM (tested alone).
 *
 * Rows are time slots of 30, 15 or 5 minutes (the largest that every start and end of the day
 * falls on), counted in real time from the first full hour of the day in the shown zone, so a
 * DST change day stays right. Columns are locations or tracks; sessions that overlap in one
 * column get lanes side by side (the column is as wide as its busiest moment needs).
 *
 * A session that runs past the end of its day (a week-long exhibition, a feed typo of ten years)
 * is cut at the next midnight in the shown zone: the grid never has more than a day of rows, so
 * its cost does not grow with a session's length. Its time label still says the whole range.
 */
import { offsetMinutes, zonedParts } from '../sessions/time.js';

export interface GridItem {
  id: string;
  start: number;
  end: number;
  /** The column's key (a normalized location or a track id; '' for none). */
  column: string;
}

export interface GridColumn {
  key: string;
  label: string;
  /** First CSS grid column line of the column (the time axis is line 1). */
  line: number;
  lanes: number;
}

export interface GridBlock {
  id: string;
  /** Index of the block's column in `columns`. */
  column: number;
  lane: number;
  rowStart: number;
  rowEnd: number;
  colStart: number;
  colEnd: number;
  /** Minutes from the grid's origin to the start, and the length in minutes (cut at the day's end; at least 1). */
  offset: number;
  minutes: number;
}

export interface GridTick {
  /** The instant the label stands for. */
  at: number;
  rowStart: number;
  rowEnd: number;
}

export interface GridLayout {
  /** Minutes per row. */
  slot: 5 | 15 | 30;
  /** The instant of the first row (a full hour in the shown zone). */
  origin: number;
  rows: number;
  lanes: number;
  columns: GridColumn[];
  blocks: GridBlock[];
  ticks: GridTick[];
}

const MINUTE = 60000;
/** The header is grid row 1; time slots start at row 2. */
const FIRST_ROW = 2;

/** The first instant of the day after the one `ms` falls on in `zone` (its midnight, DST-aware). */
export function nextMidnight(ms: number, zone: string): number {
  const p = zonedParts(ms, zone);
  const wall = new Date(0);
  wall.setUTCFullYear(p.year, p.month - 1, p.day + 1);
  const guess = wall.getTime() - offsetMinutes(ms, zone) * MINUTE;
  return wall.getTime() - offsetMinutes(guess, zone) * MINUTE;
}

/** The largest of 30, 15 and 5 minutes that every instant falls on (from `origin`). */
function slotOf(items: readonly GridItem[], origin: number): 5 | 15 | 30 {
  let slot: 5 | 15 | 30 = 30;
  for (const item of items) {
    for (const at of [item.start, item.end]) {
      const minutes = Math.round((at - origin) / MINUTE);
      if (minutes % slot === 0) continue;
      slot = minutes % 15 === 0 ? 15 : 5;
      if (slot === 5) return 5;
    }
  }
  return slot;
}

/**
 * Lays out one day (the day the earliest item starts on; later ends are cut at its midnight). `labels` gives each column key its label; columns are sorted by label with
 * `compare`, the column without a key ('') last.
 */
export function layoutDay(
  dayItems: readonly GridItem[],
  zone: string,
  labels: ReadonlyMap<string, string>,
  compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): GridLayout {
  if (dayItems.length === 0) return { slot: 30, origin: 0, rows: 0, lanes: 0, columns: [], blocks: [], ticks: [] };
  let first = Infinity;
  for (const item of dayItems) first = Math.min(first, item.start);
  const dayEnd = nextMidnight(first, zone);
  const items = dayItems.map((i) => (i.end > dayEnd ? { ...i, end: Math.max(dayEnd, i.start + MINUTE) } : i));
  let last = -Infinity;
  for (const item of items) last = Math.max(last, item.end, item.start + MINUTE);
  const p = zonedParts(first, zone);
  const origin = first - p.minute * MINUTE - (first % MINUTE);
  const slot = slotOf(items, origin);
  const slotMs = slot * MINUTE;
  const rows = Math.max(1, Math.ceil((last - origin) / slotMs));
  const rowOf = (at: number) => FIRST_ROW + Math.floor((at - origin) / slotMs);

  const keys = [...new Set(items.map((i) => i.column))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : compare(labels.get(a) ?? a, labels.get(b) ?? b),
  );
  const columns: GridColumn[] = [];
  const blocks: GridBlock[] = [];
  let line = 2;
  keys.forEach((key, index) => {
    const own = items
      .filter((i) => i.column === key)
      .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
    // Greedy lanes per cluster of sessions that overlap one another (directly or in a chain).
    const placed: { item: GridItem; lane: number; cluster: number }[] = [];
    const clusterLanes: number[] = [];
    let laneEnds: number[] = [];
    let clusterEnd = -Infinity;
    for (const item of own) {
      const end = Math.max(item.end, item.start + MINUTE);
      if (item.start >= clusterEnd) {
        clusterLanes.push(0);
        laneEnds = [];
      }
      let lane = laneEnds.findIndex((laneEnd) => laneEnd <= item.start);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = end;
      clusterEnd = Math.max(item.start >= clusterEnd ? end : clusterEnd, end);
      const cluster = clusterLanes.length - 1;
      clusterLanes[cluster] = Math.max(clusterLanes[cluster], lane + 1);
      placed.push({ item, lane, cluster });
    }
    const lanes = Math.max(1, ...clusterLanes);
    columns.push({ key, label: labels.get(key) ?? key, line, lanes });
    for (const { item, lane, cluster } of placed) {
      const rowStart = rowOf(item.start);
      const rowEnd = Math.max(rowStart + 1, FIRST_ROW + Math.ceil((Math.max(item.end, item.start + MINUTE) - origin) / slotMs));
      // The last lane of a cluster takes what is left of the column.
      const colEnd = lane === clusterLanes[cluster] - 1 ? line + lanes : line + lane + 1;
      const offset = Math.round((item.start - origin) / MINUTE);
      const minutes = Math.max(1, Math.round((item.end - item.start) / MINUTE));
      blocks.push({ id: item.id, column: index, lane, rowStart, rowEnd, colStart: line + lane, colEnd, offset, minutes });
    }
    line += lanes;
  });
  // A time label every 30 minutes (each spans the rows of its half hour).
  const perLabel = 30 / slot;
  const ticks: GridTick[] = [];
  for (let row = 0; row < rows; row += perLabel) {
    ticks.push({ at: origin + row * slotMs, rowStart: FIRST_ROW + row, rowEnd: FIRST_ROW + Math.min(rows, row + perLabel) });
  }
  return { slot, origin, rows, lanes: line - 2, columns, blocks, ticks };
}

/** The CSS of a layout (see layoutSheet) and each block's placing classes, in `blocks` order. */
export interface GridSheet {
  css: string;
  classes: string[];
}

/**
 * The CSS that places everything (by class and `data-*` selectors): no style attributes.
 *
 * The grid's tracks hold the time axis (a row per slot), the column heads and one box per column
 * spanning every time row. Blocks are absolutely positioned inside their column's box from their
 * minutes and lanes, not grid items: a column box off screen is skipped whole by
 * `content-visibility: auto` (its blocks are neither styled nor laid out nor painted until it
 * comes near), and blocks never take part in the grid's track sizing.
 *
 * A block's place is three classes shared by every block with the same value: its start
 * (`.o-90`: minutes from the grid's origin), its length (`.m-45`) and its share of the column's
 * lanes (`.x-0-1-3`: first lane, one wide, of three). A day of 1,000 sessions needs a few dozen
 * such rules, not one per block; class selectors are looked up by name, so matching costs the
 * same for any number of rules (an attribute selector per id would test every rule on every block).
 */
export function layoutSheet(layout: GridLayout): GridSheet {
  const rules = [
    // Rows of a fixed height (never grown by their text): the axis is evenly spaced. The time
    // column is as wide as its longest label.
    `.grid { grid-template-columns: minmax(var(--_time-column), max-content) repeat(${layout.lanes}, minmax(var(--_lane-min), 1fr));` +
      ` grid-template-rows: auto repeat(${layout.rows}, calc(var(--_minute) * ${layout.slot})); }`,
  ];
  layout.columns.forEach((column, index) => {
    // The column's head and its box of blocks.
    rules.push(`.grid [data-column="${index}"] { grid-column: ${column.line} / ${column.line + column.lanes}; }`);
  });
  layout.ticks.forEach((tick, index) => {
    rules.push(`.grid .tick[data-tick="${index}"] { grid-row: ${tick.rowStart} / ${tick.rowEnd}; }`);
  });
  const defined = new Set<string>();
  const rule = (name: string, body: string) => {
    if (defined.has(name)) return;
    defined.add(name);
    rules.push(`.grid .${name} { ${body}; }`);
  };
  // Height from the minutes (to scale); across, a share of the column's lanes, less the gap to the next lane.
  const classes = layout.blocks.map((block) => {
    const lanes = layout.columns[block.column].lanes;
    const start = block.colStart - layout.columns[block.column].line;
    const span = block.colEnd - block.colStart;
    const across = `x-${start}-${span}-${lanes}`;
    rule(`o-${block.offset}`, `inset-block-start: calc(var(--_minute) * ${block.offset})`);
    rule(`m-${block.minutes}`, `block-size: calc(var(--_minute) * ${block.minutes})`);
    rule(
      across,
      span === lanes
        ? 'inset-inline: 0'
        : `inset-inline-start: calc(100% * ${start} / ${lanes}); inline-size: calc(100% * ${span} / ${lanes}${start + span < lanes ? ' - 2px' : ''})`,
    );
    return `o-${block.offset} m-${block.minutes} ${across}`;
  });
  return { css: rules.join('\n'), classes };
}
