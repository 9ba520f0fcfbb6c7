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
const HOUSE_SVG =
  '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M12 3 2 12h3v8h5v-5h4v5h5v-8h3z"/></svg>';

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
      .stop {
        box-sizing: border-box;
        display: flex;
        align-items: center;
        justify-content: center;
        width: 100%;
        height: 100%;
        border-radius: 50%;
        border: 2px solid #fff;
        background: var(--stop-color);
        color: #fff;
        font-weight: 600;
        font-size: 12px;
        line-height: 1;
        box-shadow: 0 1px 3px rgba(0, 0, 0, 0.45);
        cursor: pointer;
      }
      .stop.home-base {
        border-radius: 6px;
      }
      /* Unassigned: hollow and dashed, so it reads as "not on anyone's route yet". */
      .stop.unassigned {
        background: #fff;
        color: var(--stop-color);
        border: 2px dashed var(--stop-color);
      }
      .stop.highlighted {
        transform: scale(1.35);
        box-shadow: 0 0 0 3px rgba(0, 0, 0, 0.35);
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
  private lastFitSeq = -1;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div class="surface"></div>`;
  }

  protected firstUpdated(): void {
    const container = this.renderRoot.querySelector('.surface') as HTMLElement;
    const map = L.map(container, { zoomControl: true, attributionControl: true, worldCopyJump: true });
    map.setView([20, 0], 2);
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
    for (const stop of state.stops ?? []) {
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
    const size = stop.kind === 'VISIT' && stop.number <= 0 ? 14 : 24;
    const kindClass = stop.kind === 'HOME_BASE' ? 'home-base' : stop.kind === 'UNASSIGNED' ? 'unassigned' : 'visit';
    const label = stop.kind === 'HOME_BASE' ? HOUSE_SVG : stop.number > 0 ? String(Math.trunc(stop.number)) : '';
    const color = escapeHtml(stop.color || DEFAULT_COLOR);
    const icon = L.divIcon({
      className: '',
      html: `<div class="stop ${kindClass}${highlighted ? ' highlighted' : ''}" style="--stop-color: ${color}">${label}</div>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    const marker = L.marker([stop.lat, stop.lon], {
      icon,
      keyboard: true,
      title: stop.tooltip ?? '',
      zIndexOffset: highlighted ? 1000 : stop.kind === 'HOME_BASE' ? 500 : 0,
    });
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

customElements.define('rounds-map', RoundsMap);

declare global {
  interface HTMLElementTagNameMap {
    'rounds-map': RoundsMap;
  }
}
