import { LitElement, PropertyValues, css, html } from 'lit';
import { Chart, ChartConfiguration, registerables } from 'chart.js';
import { resolveCssColor } from './css-color.js';

Chart.register(...registerables);

/** The chart as the Java side (RoundsChart) sends it; see RoundsChart#stateJson. */
interface ChartState {
  type: 'bar' | 'line';
  title: string | null;
  labels: string[];
  datasets: { label: string; values: (number | null)[]; color: string | null }[];
  stacked: boolean;
  valueAxisTitle: string | null;
}

/** Used when the server gives no colour: distinct, and readable for the common colour blindnesses. */
const PALETTE = ['#1a73e8', '#e37400', '#188038', '#c5221f', '#7b1fa2', '#007b83', '#5f6368'];

/**
 * A KPI bar or line chart on Chart.js, driven by one JSON property (`state`) that the server
 * replaces whole (same reasoning as rounds-map). The chart is rebuilt on each change: KPI data is
 * small and a rebuild avoids patching Chart.js's options tree by hand.
 */
export class RoundsChart extends LitElement {
  static properties = { state: { type: Object } };

  static styles = css`
    :host {
      display: block;
      position: relative;
      height: 300px;
    }
    .frame {
      position: relative;
      width: 100%;
      height: 100%;
    }
  `;

  declare state: ChartState | undefined;

  private chart?: Chart;

  render() {
    return html`<div class="frame"><canvas role="img"></canvas></div>`;
  }

  protected updated(changed: PropertyValues): void {
    if (changed.has('state')) {
      this.rebuild();
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after navigation: the canvas is still there, the chart was destroyed.
    if (this.hasUpdated) {
      this.rebuild();
    }
  }

  private rebuild(): void {
    this.chart?.destroy();
    this.chart = undefined;
    const state = this.state;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!state || !canvas) {
      return;
    }
    canvas.setAttribute('aria-label', state.title ?? 'chart');
    this.chart = new Chart(canvas, this.configuration(state));
  }

  private configuration(state: ChartState): ChartConfiguration {
    const textColor = resolveCssColor(this, 'var(--lumo-body-text-color, #202124)', '#202124');
    const gridColor = resolveCssColor(this, 'var(--lumo-contrast-10pct, rgba(0,0,0,0.1))', 'rgba(0,0,0,0.1)');
    const datasets = (state.datasets ?? []).map((d, i) => {
      const color = resolveCssColor(this, d.color, PALETTE[i % PALETTE.length]);
      return {
        label: d.label,
        data: d.values,
        backgroundColor: color,
        borderColor: color,
        borderWidth: state.type === 'line' ? 2 : 0,
        tension: 0.25,
        pointRadius: 3,
      };
    });
    return {
      type: state.type,
      data: { labels: state.labels ?? [], datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 250 },
        color: textColor,
        plugins: {
          title: { display: !!state.title, text: state.title ?? '', color: textColor, font: { size: 14, weight: 'bold' } },
          legend: { display: datasets.length > 1, labels: { color: textColor } },
        },
        scales: {
          x: { stacked: state.stacked, ticks: { color: textColor }, grid: { display: false } },
          y: {
            stacked: state.stacked,
            beginAtZero: true,
            ticks: { color: textColor },
            grid: { color: gridColor },
            title: { display: !!state.valueAxisTitle, text: state.valueAxisTitle ?? '', color: textColor },
          },
        },
      },
    } as ChartConfiguration;
  }
}

customElements.define('rounds-chart', RoundsChart);

declare global {
  interface HTMLElementTagNameMap {
    'rounds-chart': RoundsChart;
  }
}
