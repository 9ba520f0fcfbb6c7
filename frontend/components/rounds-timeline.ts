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
function zoneOffsetMinutes(epochMs: number, zone: string): number {
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

/** US clinic style: 9:00 AM on the axis, the day above it. */
const FORMAT: TimelineOptions['format'] = {
  minorLabels: { millisecond: 'SSS', second: 's', minute: 'h:mm A', hour: 'h:mm A', weekday: 'ddd D', day: 'D', week: 'w', month: 'MMM', year: 'YYYY' },
  majorLabels: { millisecond: 'h:mm:ss A', second: 'ddd MMM D, h:mm A', minute: 'ddd MMM D', hour: 'ddd MMM D', weekday: 'MMMM YYYY', day: 'MMMM YYYY', week: 'MMMM YYYY', month: 'YYYY', year: '' },
};

/**
 * A read-only day board on vis-timeline: one row per clinician, visits, travel, idle time and the
 * shift as a background band. Driven by one JSON property (`state`) for the same reason as
 * rounds-map: the value survives arriving before the first render.
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
      .vis-item.vis-selected {
        border-color: #202124;
        box-shadow: 0 0 0 2px #202124;
        z-index: 3;
      }
      .vis-item.visit { background: #1a73e8; }
      .vis-item.visit.status-unscheduled { background: #9aa0a6; }
      .vis-item.visit.status-scheduled { background: #1a73e8; }
      .vis-item.visit.status-en-route { background: #7b1fa2; }
      .vis-item.visit.status-arrived { background: #e37400; }
      .vis-item.visit.status-infusing { background: #c5221f; }
      .vis-item.visit.status-done { background: #188038; }
      .vis-item.visit.status-cancelled { background: #bdc1c6; color: #3c4043; text-decoration: line-through; }
      .vis-item.visit.status-not-home { background: #f9ab00; color: #202124; }
      /* Travel and idle time are context, not work: quieter than visits. */
      .vis-item.travel {
        background: repeating-linear-gradient(135deg, #80868b 0 4px, #9aa0a6 4px 8px);
        color: #fff;
      }
      .vis-item.idle {
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

  protected firstUpdated(): void {
    const container = this.renderRoot.querySelector('.board') as HTMLElement;
    this.zone = this.state?.zone ?? 'UTC';
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
    };
    this.timeline = new Timeline(container, this.items, this.groups, options);
    this.timeline.on('click', (props: { item: string | number | null; what: string | null }) => {
      if (props.item != null && props.what === 'item') {
        this.dispatchEvent(new CustomEvent('rounds-item-click', { detail: { id: String(props.item) } }));
      }
    });
    this.apply();
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has('state') && this.timeline) {
      this.apply();
    }
  }

  private apply(): void {
    const state = this.state;
    const timeline = this.timeline!;
    if (!state) {
      return;
    }
    if (state.zone && state.zone !== this.zone) {
      this.zone = state.zone;
      timeline.setOptions({ moment: momentIn(this.zone) });
    }
    replaceAll(this.groups, (state.groups ?? []).map((g, index) => ({ id: g.id, content: escapeHtml(g.label), order: index })));
    replaceAll(this.items, (state.items ?? []).map(toVisItem));
    this.applyNow(state.now);
    // Move the window only when the server asks again, so new data does not undo the user's zoom.
    if (state.window && state.window.seq !== this.lastWindowSeq) {
      this.lastWindowSeq = state.window.seq;
      const { start, end } = state.window;
      // As options too: vis fits the view to the items after its first draw unless start/end are set.
      timeline.setOptions({ start, end });
      timeline.setWindow(start, end, { animation: false });
    }
    if (state.selected !== this.lastSelected) {
      this.lastSelected = state.selected;
      timeline.setSelection(state.selected ? [state.selected] : []);
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

function toVisItem(entry: TimelineEntry): DataItem {
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
