import { LitElement, PropertyValues, css, html, unsafeCSS } from 'lit';
import { DataSet } from 'vis-data/peer';
import { DataGroup, DataItem, Timeline, TimelineOptions } from 'vis-timeline/peer';
import moment, { MomentInput } from 'moment';
import timelineCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import { escapeHtml } from './css-color.js';

/** The board as the Java side (RoundsTimeline) sends it; see RoundsTimeline#stateJson. */
interface TimelineState {
  zone: string;
  groups: { id: string; label: string }[];
  items: TimelineEntry[];
  window: { start: number; end: number; seq: number } | null;
  selected: string | null;
  now: number | null;
}

interface TimelineEntry {
  id: string;
  group: string;
  start: number;
  end: number;
  label: string | null;
  tooltip: string | null;
  kind: 'VISIT' | 'TRAVEL' | 'IDLE' | 'SHIFT';
  className: string;
}

/**
 * Minutes east of UTC of `zone` at the instant `epochMs`, from the browser's own time-zone data.
 * Why not the browser's zone: a coordinator in another state must still see the clinic's 9:00 AM.
 * Why not moment-timezone: Intl already knows every zone and its daylight-saving rules.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const QUARTER_HOUR = 15 * 60 * 1000;

function zoneOffsetMinutes(epochMs: number, zone: string): number {
  // Zones change their offset on a quarter hour at the finest, and the time axis asks for the same
  // few hours thousands of times per redraw: remember each quarter hour's answer.
  const key = zone + '@' + Math.floor(epochMs / QUARTER_HOUR);
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 100_000) {
      offsets.clear();
    }
    offset = computeZoneOffsetMinutes(Math.floor(epochMs / QUARTER_HOUR) * QUARTER_HOUR, zone);
    offsets.set(key, offset);
  }
  return offset;
}

function computeZoneOffsetMinutes(epochMs: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(epochMs))) {
    parts[p.type] = Number(p.value);
  }
  const wallClockAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wallClockAsUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

function momentIn(zone: string) {
  return (input?: MomentInput) => {
    const m = moment(input);
    return m.utcOffset(zoneOffsetMinutes(m.valueOf(), zone));
  };
}

const DAY = 24 * 60 * 60 * 1000;

/** US clinic style: 9:00 AM on the axis, the day above it. */
const FORMAT: TimelineOptions['format'] = {
  minorLabels: { millisecond: 'SSS', second: 's', minute: 'h:mm A', hour: 'h:mm A', weekday: 'ddd D', day: 'D', week: 'w', month: 'MMM', year: 'YYYY' },
  majorLabels: { millisecond: 'h:mm:ss A', second: 'ddd MMM D, h:mm A', minute: 'ddd MMM D', hour: 'ddd MMM D', weekday: 'MMMM YYYY', day: 'MMMM YYYY', week: 'MMMM YYYY', month: 'YYYY', year: '' },
};

/**
 * A read-only day board on vis-timeline: one row per clinician, visits, travel, idle time and the
 * shift as a background band. Driven by one JSON property (`state`) for the same reason as
 * rounds-map: the value survives arriving before the first render.
 *
 * The drive and the wait just before a visit are drawn inside that visit's bar, as its lead-in:
 * vis-timeline measures every bar it places, and a full board (40 clinicians, 8 visits each) has
 * about 1,000 bars this way instead of 400, which takes the browser a second longer to draw.
 * Event: `rounds-item-click` {id}.
 */
export class RoundsTimeline extends LitElement {
  static properties = { state: { type: Object } };

  static styles = [
    unsafeCSS(timelineCss),
    css`
      :host {
        display: block;
        position: relative;
        min-height: 120px;
        font-size: var(--lumo-font-size-s, 0.875rem);
      }
      .vis-timeline {
        border-color: var(--lumo-contrast-20pct, #ccc);
        font-family: inherit;
      }
      .vis-item {
        border-radius: 4px;
        border-color: transparent;
        color: #fff;
        font-size: 0.85em;
      }
      /* A visit bar is its lead-in (drive, wait) followed by the visit itself, side by side. */
      .vis-item.visit {
        background: transparent;
        border-width: 0;
      }
      .vis-item.visit .vis-item-content {
        display: flex;
        padding: 0;
        width: 100%;
      }
      /* Stretched to the visit's height: an empty drive or wait has no height of its own. */
      .segment {
        box-sizing: border-box;
        flex: none;
        overflow: hidden;
        padding: 5px 4px;
        text-overflow: clip;
      }
      .segment.visit {
        border-radius: 4px;
        flex: auto;
      }
      .vis-item.vis-selected {
        z-index: 3;
      }
      .vis-item.vis-selected:not(.visit) {
        box-shadow: 0 0 0 2px #202124;
      }
      /* Inside the bar, which clips what overflows it. */
      .vis-item.visit.vis-selected .segment.visit {
        box-shadow: inset 0 0 0 2px #202124, inset 0 0 0 3px #fff;
      }
      .visit .segment.visit { background: #1a73e8; }
      .visit.status-unscheduled .segment.visit { background: #9aa0a6; }
      .visit.status-scheduled .segment.visit { background: #1a73e8; }
      .visit.status-en-route .segment.visit { background: #7b1fa2; }
      .visit.status-arrived .segment.visit { background: #e37400; }
      .visit.status-infusing .segment.visit { background: #c5221f; }
      .visit.status-done .segment.visit { background: #188038; }
      .visit.status-cancelled .segment.visit { background: #bdc1c6; color: #3c4043; text-decoration: line-through; }
      .visit.status-not-home .segment.visit { background: #f9ab00; color: #202124; }
      /* Pinned: the planner keeps the visit where it is. A pin before the patient's name. */
      .visit.pinned .segment.visit::before {
        background: currentColor;
        content: '';
        display: inline-block;
        height: 13px;
        margin-right: 3px;
        mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='5 0 14 24'%3E%3Cpath d='M12 0a7 7 0 0 1 1.6 13.8V24h-3.2V13.8A7 7 0 0 1 12 0z'/%3E%3C/svg%3E") center / contain no-repeat;
        vertical-align: -2px;
        width: 8px;
      }
      /* Travel and idle time are context, not work: quieter than visits. */
      .vis-item.travel,
      .segment.travel {
        background: repeating-linear-gradient(135deg, #80868b 0 4px, #9aa0a6 4px 8px);
        color: #fff;
      }
      .vis-item.idle,
      .segment.idle {
        background: transparent;
        border: 1px dashed #9aa0a6;
        color: #5f6368;
      }
      .vis-item.vis-background.shift {
        background: rgba(26, 115, 232, 0.08);
        border-left: 2px solid rgba(26, 115, 232, 0.5);
        border-right: 2px solid rgba(26, 115, 232, 0.5);
      }
      .vis-custom-time.now {
        background-color: #d93025;
        width: 2px;
      }
      .vis-item .vis-item-overflow {
        overflow: hidden;
      }
    `,
  ];

  declare state: TimelineState | undefined;

  private timeline?: Timeline;
  private readonly items = new DataSet<DataItem>();
  private readonly groups = new DataSet<DataGroup>();
  private zone = 'UTC';
  private lastWindowSeq = -1;
  private lastSelected: string | null = null;
  private nowShown = false;

  render() {
    return html`<div class="board"></div>`;
  }

  /** Also runs after the first render, when `.board` exists. */
  protected updated(changed: PropertyValues): void {
    if (changed.has('state')) {
      this.apply();
    }
  }

  private apply(): void {
    const state = this.state;
    if (!state) {
      return;
    }
    replaceAll(this.groups, (state.groups ?? []).map((g, index) => ({ id: g.id, content: escapeHtml(g.label), order: index })));
    replaceAll(this.items, foldLeadIns(state.items ?? []));
    if (!this.timeline) {
      // Created with its data and window at once: every later change makes vis redraw everything.
      this.timeline = this.create(state);
    } else {
      this.applyZone(state.zone);
      this.applyWindow(state.window);
    }
    this.applyNow(state.now);
    if (state.selected !== this.lastSelected) {
      this.lastSelected = state.selected;
      this.timeline.setSelection(state.selected ? [state.selected] : []);
    }
  }

  private create(state: TimelineState): Timeline {
    const container = this.renderRoot.querySelector('.board') as HTMLElement;
    this.zone = state.zone ?? 'UTC';
    const options: TimelineOptions = {
      editable: false,
      selectable: true,
      stack: false,
      groupOrder: 'order',
      orientation: { axis: 'top' },
      // The browser's clock is not the clinic's (tests and demos set the server clock): see `now`.
      showCurrentTime: false,
      zoomMin: 15 * 60 * 1000,
      zoomMax: 14 * 24 * 60 * 60 * 1000,
      margin: { item: { horizontal: 0, vertical: 6 } },
      moment: momentIn(this.zone),
      format: FORMAT,
      tooltip: { followMouse: true, overflowMethod: 'cap' },
      // vis filters item HTML; a visit's bar needs its segments' classes, widths and titles.
      xss: { disabled: false, filterOptions: { whiteList: { span: ['class', 'style', 'title'], br: [] } } },
    };
    // vis draws and measures an item on its own, forcing a layout each time, when the item is added
    // inside the visible period, but draws them all at once when the period moves onto them. So the
    // timeline starts on an empty stretch before its first item and then moves to the window.
    const starts = this.items.map((item) => new Date(item.start).getTime());
    if (state.window) {
      const span = state.window.end - state.window.start;
      const first = starts.length ? Math.min(...starts) : state.window.start + 2 * span;
      const emptyStart = Math.min(first, state.window.start) - 2 * span;
      options.start = emptyStart;
      options.end = emptyStart + span;
    }
    const timeline = new Timeline(container, this.items, this.groups, options);
    if (state.window) {
      this.lastWindowSeq = state.window.seq;
      // As options, not setWindow: after its first draw vis moves to options.start and end.
      timeline.setOptions({ start: state.window.start, end: state.window.end });
    }
    timeline.on('click', (props: { item: string | number | null; what: string | null }) => {
      if (props.item != null && props.what === 'item') {
        this.dispatchEvent(new CustomEvent('rounds-item-click', { detail: { id: String(props.item) } }));
      }
    });
    return timeline;
  }

  private applyZone(zone: string | undefined): void {
    if (zone && zone !== this.zone) {
      this.zone = zone;
      this.timeline!.setOptions({ moment: momentIn(this.zone) });
    }
  }

  /** Moves the window only when the server asks again, so new data does not undo the user's zoom. */
  private applyWindow(window: TimelineState['window']): void {
    if (window && window.seq !== this.lastWindowSeq) {
      this.lastWindowSeq = window.seq;
      this.timeline!.setWindow(window.start, window.end, { animation: false });
    }
  }

  private applyNow(now: number | null): void {
    const timeline = this.timeline!;
    if (now == null) {
      if (this.nowShown) {
        timeline.removeCustomTime('now');
        this.nowShown = false;
      }
      return;
    }
    if (this.nowShown) {
      timeline.setCustomTime(now, 'now');
    } else {
      timeline.addCustomTime(now, 'now');
      this.nowShown = true;
    }
  }
}

/**
 * The vis items for the entries: each visit's bar starts with the drives and waits that lead up to it
 * in its row (ending no later than the visit starts, after the row's previous visit); other entries
 * keep a bar of their own.
 */
function foldLeadIns(entries: TimelineEntry[]): DataItem[] {
  const items: DataItem[] = [];
  const leadIns = new Map<string, TimelineEntry[]>();
  const inOrder = [...entries].sort((a, b) => a.start - b.start || kindOrder(a) - kindOrder(b));
  for (const entry of inOrder) {
    if (entry.kind === 'TRAVEL' || entry.kind === 'IDLE') {
      const waiting = leadIns.get(entry.group) ?? [];
      waiting.push(entry);
      leadIns.set(entry.group, waiting);
    } else if (entry.kind === 'VISIT') {
      const waiting = leadIns.get(entry.group) ?? [];
      leadIns.delete(entry.group);
      const leadIn = waiting.filter((w) => w.end <= entry.start);
      items.push(...waiting.filter((w) => w.end > entry.start).map(ownBar));
      items.push(visitBar(entry, leadIn));
    } else {
      items.push(ownBar(entry));
    }
  }
  for (const waiting of leadIns.values()) {
    items.push(...waiting.map(ownBar));
  }
  return items;
}

/** Travel and waits before the visit that starts at the same moment. */
function kindOrder(entry: TimelineEntry): number {
  return entry.kind === 'SHIFT' ? 0 : entry.kind === 'VISIT' ? 2 : 1;
}

function visitBar(visit: TimelineEntry, leadIn: TimelineEntry[]): DataItem {
  const start = leadIn.length ? Math.min(visit.start, ...leadIn.map((l) => l.start)) : visit.start;
  const span = Math.max(visit.end - start, 1);
  const segments = [...leadIn, visit].map((part) => {
    const width = part === visit ? '' : ` style="width:${(((part.end - part.start) / span) * 100).toFixed(3)}%"`;
    const title = part === visit ? '' : ` title="${escapeHtml(part.tooltip ?? part.label)}"`;
    // Drives and waits are a few pixels wide on a day's board: their figures are in the tooltips.
    const text = part === visit ? escapeHtml(part.label) : '';
    return `<span class="segment ${part.kind.toLowerCase()}"${width}${title}>${text}</span>`;
  });
  const tooltip = [...leadIn.map((l) => l.tooltip ?? l.label), visit.tooltip].filter((t) => t);
  const item: DataItem = {
    id: visit.id,
    group: visit.group,
    start,
    end: visit.end,
    content: segments.join(''),
    className: visit.className,
    type: 'range',
  };
  if (tooltip.length) {
    item.title = tooltip.map((t) => escapeHtml(t)).join('<br>');
  }
  return item;
}

function ownBar(entry: TimelineEntry): DataItem {
  const item: DataItem = {
    id: entry.id,
    group: entry.group,
    start: entry.start,
    end: entry.end,
    content: escapeHtml(entry.label),
    className: entry.className,
    type: entry.kind === 'SHIFT' ? 'background' : 'range',
  };
  if (entry.tooltip) {
    item.title = escapeHtml(entry.tooltip);
  }
  return item;
}

/** Update in place rather than clear-and-add: vis keeps scroll and selection, and nothing flickers. */
function replaceAll<T extends { id?: string | number }>(set: DataSet<T>, next: T[]): void {
  const keep = new Set(next.map((n) => n.id));
  const gone = set.getIds().filter((id) => !keep.has(id));
  set.remove(gone);
  // vis-data's typing wants the full item type; our items always carry their id.
  set.update(next as never);
}

customElements.define('rounds-timeline', RoundsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'rounds-timeline': RoundsTimeline;
  }
}
