/**
 * Turns any CSS colour (including `var(--lumo-primary-color)`) into a concrete colour string.
 *
 * Why: SVG presentation attributes (Leaflet's polylines) and canvas (Chart.js) cannot evaluate
 * `var()`, but Java callers should be able to pass theme variables. A hidden probe element inside
 * the component's shadow root inherits the page's custom properties, so the browser resolves it.
 */
export function resolveCssColor(host: HTMLElement, color: string | null | undefined, fallback: string): string {
  if (!color) {
    return fallback;
  }
  if (!color.includes('var(')) {
    return color;
  }
  const root = host.shadowRoot ?? host;
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = color;
  root.appendChild(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved || fallback;
}

/** Plain text for places where a library would otherwise parse HTML (names must never become markup). */
export function escapeHtml(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
