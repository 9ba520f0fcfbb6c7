import { LitElement, PropertyValues, css, html, unsafeCSS } from 'lit';
import * as L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { escapeHtml, resolveCssColor } from './css-color.js';

/** The whole map as the Java side (RoundsMap) sends it; see RoundsMap#stateJson. */
interface MapState {
  tileUrl: string | null;
  fit: { minLat: number; minLon: number; maxLat: number; maxLon: number; seq: number } | null;
  routes: MapRoute[];
  stops: MapStop[];
  highlighted: string | null;
  locationMarker: { lat: number; lon: number } | null;
}

interface MapRoute {
  id: string;
  color: string | null;
  label: string | null;
  points: [number, number][];
}

type StopKind = 'HOME_BASE' | 'VISIT' | 'UNASSIGNED';

interface MapStop {
  id: string;
  lat: number;
  lon: number;
  number: number;
  color: string | null;
  tooltip: string | null;
  kind: StopKind;
}

const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap contributors</a>';
const DEFAULT_COLOR = '#1a73e8';
/** The home base's house, in a 24 x 24 box. */
const HOUSE_PATH = 'M12 3 2 12h3v8h5v-5h4v5h5v-8h3z';

/** How a stop looks, beyond Leaflet's own path options; read by StopCanvas. */
interface StopLook extends L.CircleMarkerOptions {
  /** A home base: a rounded square with a house; any other stop is a disc with its number. */
  homeBase: boolean;
  label: string;
  labelColor: string;
}

/**
 * Stops drawn on one canvas rather than as one HTML element each: a full board has 360 stops,
 * and as HTML markers they cost the browser a fifth of a second more to build and lay out. Leaflet
 * still finds the stop under the pointer for clicks and tooltips. Each stop is Leaflet's circle
 * marker, drawn here as a numbered disc, or as a rounded square with a house for a home base.
 */
const StopCanvas = (L.Canvas as unknown as { extend(props: object): new (options?: L.RendererOptions) => L.Canvas }).extend({
  _updateCircle(this: { _drawing: boolean; _ctx: CanvasRenderingContext2D; _fillStroke(ctx: CanvasRenderingContext2D, layer: unknown): void },
    layer: { _empty(): boolean; _point: L.Point; _radius: number; options: StopLook }) {
    if (!this._drawing || layer._empty()) {
      return;
    }
    const ctx = this._ctx;
    const look = layer.options;
    const { x, y } = layer._point;
    const r = Math.max(Math.round(layer._radius), 1);
    ctx.beginPath();
    if (look.homeBase) {
      ctx.roundRect(x - r, y - r, 2 * r, 2 * r, Math.round(r / 2));
    } else {
      ctx.arc(x, y, r, 0, Math.PI * 2, false);
    }
    this._fillStroke(ctx, layer);
    ctx.globalAlpha = 1;
    ctx.fillStyle = look.labelColor;
    if (look.homeBase) {
      const scale = (r * 1.4) / 24;
      ctx.save();
      ctx.translate(x - 12 * scale, y - 12 * scale);
      ctx.scale(scale, scale);
      ctx.fill(new Path2D(HOUSE_PATH));
      ctx.restore();
    } else if (look.label) {
      ctx.font = `600 ${Math.round(r)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(look.label, x, y + 0.5);
    }
  },
});

/**
 * A Leaflet map of routes and stops, driven by one JSON property (`state`) that the server replaces
 * whole. Why one property: Flow may set it before this element is upgraded or first rendered, and Lit
 * keeps such early values, so nothing sent by the server is lost (unlike callJsFunction).
 *
 * Rendered in the shadow root with Leaflet's CSS inlined, so the page's styles cannot break the map.
 * Events: `rounds-stop-click` {id}, `rounds-map-click` {lat, lon}, `rounds-location-moved` {lat, lon}.
 */
export class RoundsMap extends LitElement {
  static properties = { state: { type: Object } };

  static styles = [
    unsafeCSS(leafletCss),
    css`
      :host {
        display: block;
        position: relative;
        height: 400px;
        min-height: 200px;
      }
      .surface {
        position: absolute;
        inset: 0;
      }
      /* With no tile server the map stays a plain light surface (stack.md: tiles need the internet). */
      .leaflet-container {
        background: var(--rounds-map-background, #f3f1ec);
        font: inherit;
        font-size: var(--lumo-font-size-s, 0.875rem);
      }
      .location-pin {
        width: 100%;
        height: 100%;
        border-radius: 50% 50% 50% 0;
        transform: rotate(-45deg);
        background: #d93025;
        border: 3px solid #fff;
        box-sizing: border-box;
        box-shadow: 0 2px 4px rgba(0, 0, 0, 0.5);
        cursor: grab;
      }
    `,
  ];

  declare state: MapState | undefined;

  private map?: L.Map;
  private tiles?: L.TileLayer;
  private tileUrl: string | null = null;
  private readonly content = L.layerGroup();
  private readonly stopCanvas = new StopCanvas({ pane: 'stops', padding: 0.5 });
  private lastFitSeq = -1;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div class="surface"></div>`;
  }

  protected firstUpdated(): void {
    const container = this.renderRoot.querySelector('.surface') as HTMLElement;
    const map = L.map(container, { zoomControl: true, attributionControl: true, worldCopyJump: true });
    map.setView([20, 0], 2);
    // Above the routes (overlay pane, 400), below the location pin (marker pane, 600).
    map.createPane('stops').style.zIndex = '450';
    // The OSM credit is required for the data under the routes too, so it never depends on tiles.
    map.attributionControl.addAttribution(OSM_ATTRIBUTION);
    L.control.scale({ imperial: true, metric: true }).addTo(map);
    this.content.addTo(map);
    map.on('click', (e: L.LeafletMouseEvent) => {
      // worldCopyJump allows longitudes past ±180; the server's GeoPoint does not.
      const p = e.latlng.wrap();
      this.fire('rounds-map-click', { lat: p.lat, lon: p.lng });
    });
    this.map = map;
    // Leaflet measures its container once; a layout change (drawer, split) needs a re-measure.
    this.resizeObserver = new ResizeObserver(() => map.invalidateSize());
    this.resizeObserver.observe(container);
    this.draw();
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has('state') && this.map) {
      this.draw();
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  connectedCallback(): void {
    super.connectedCallback();
    // Re-attached (navigation back): the map still exists, only the observer was stopped.
    const container = this.renderRoot?.querySelector?.('.surface');
    if (container && this.resizeObserver) {
      this.resizeObserver.observe(container);
    }
  }

  private draw(): void {
    const map = this.map!;
    const state = this.state;
    this.applyTiles(state?.tileUrl ?? null);
    this.content.clearLayers();
    if (!state) {
      return;
    }
    const highlighted = state.highlighted;
    for (const route of state.routes ?? []) {
      this.drawRoute(route, highlighted);
    }
    // Later stops are drawn over earlier ones: home bases over visits, the highlighted one on top.
    const stops = [...(state.stops ?? [])].sort((a, b) => drawOrder(a, highlighted) - drawOrder(b, highlighted));
    for (const stop of stops) {
      this.drawStop(stop, stop.id === highlighted);
    }
    if (state.locationMarker) {
      this.drawLocationMarker(state.locationMarker);
    }
    // Refit only when the server asked again, so a highlight or a new stop keeps the user's view.
    if (state.fit && state.fit.seq !== this.lastFitSeq) {
      this.lastFitSeq = state.fit.seq;
      const f = state.fit;
      if (f.minLat === f.maxLat && f.minLon === f.maxLon) {
        map.setView([f.minLat, f.minLon], 16);
      } else {
        map.fitBounds([[f.minLat, f.minLon], [f.maxLat, f.maxLon]], { padding: [24, 24] });
      }
    }
  }

  private applyTiles(url: string | null): void {
    const wanted = url && url.trim() ? url.trim() : null;
    if (wanted === this.tileUrl) {
      return;
    }
    this.tiles?.remove();
    this.tiles = undefined;
    this.tileUrl = wanted;
    if (wanted) {
      // No attribution here: the control already carries the OSM credit (avoids it twice).
      this.tiles = L.tileLayer(wanted, { maxZoom: 19 }).addTo(this.map!);
    }
  }

  private drawRoute(route: MapRoute, highlighted: string | null): void {
    if (!route.points || route.points.length < 2) {
      return;
    }
    const isHighlighted = route.id === highlighted;
    const dimmed = highlighted != null && !isHighlighted;
    const line = L.polyline(route.points, {
      color: resolveCssColor(this, route.color, DEFAULT_COLOR),
      weight: isHighlighted ? 7 : 4,
      opacity: dimmed ? 0.35 : 0.9,
      lineJoin: 'round',
    });
    if (route.label) {
      line.bindTooltip(escapeHtml(route.label), { sticky: true });
    }
    line.addTo(this.content);
    if (isHighlighted) {
      line.bringToFront();
    }
  }

  private drawStop(stop: MapStop, highlighted: boolean): void {
    const size = (stop.kind === 'VISIT' && stop.number <= 0 ? 14 : 24) * (highlighted ? 1.35 : 1);
    const color = resolveCssColor(this, stop.color, DEFAULT_COLOR);
    const unassigned = stop.kind === 'UNASSIGNED';
    const look: StopLook = {
      renderer: this.stopCanvas,
      radius: size / 2,
      homeBase: stop.kind === 'HOME_BASE',
      label: stop.kind === 'VISIT' && stop.number > 0 ? String(Math.trunc(stop.number)) : '',
      // Unassigned: hollow and dashed, so it reads as "not on anyone's route yet".
      labelColor: unassigned ? color : '#fff',
      fillColor: unassigned ? '#fff' : color,
      fillOpacity: 1,
      color: highlighted ? '#202124' : unassigned ? color : '#fff',
      weight: highlighted ? 3 : 2,
      dashArray: unassigned ? '4 3' : undefined,
    };
    const marker = L.circleMarker([stop.lat, stop.lon], look);
    if (stop.tooltip) {
      marker.bindTooltip(escapeHtml(stop.tooltip), { direction: 'top', offset: [0, -size / 2] });
    }
    marker.on('click', () => this.fire('rounds-stop-click', { id: stop.id }));
    marker.addTo(this.content);
  }

  private drawLocationMarker(at: { lat: number; lon: number }): void {
    const icon = L.divIcon({ className: '', html: '<div class="location-pin"></div>', iconSize: [28, 28], iconAnchor: [14, 34] });
    const marker = L.marker([at.lat, at.lon], { icon, draggable: true, autoPan: true, zIndexOffset: 2000 });
    marker.on('dragend', () => {
      const p = marker.getLatLng().wrap();
      this.fire('rounds-location-moved', { lat: p.lat, lon: p.lng });
    });
    marker.addTo(this.content);
  }

  private fire(type: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: false, composed: false }));
  }
}

function drawOrder(stop: MapStop, highlighted: string | null): number {
  return stop.id === highlighted ? 2 : stop.kind === 'HOME_BASE' ? 1 : 0;
}

customElements.define('rounds-map', RoundsMap);

declare global {
  interface HTMLElementTagNameMap {
    'rounds-map': RoundsMap;
  }
}
