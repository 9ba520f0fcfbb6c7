/**
 * A free KPI chart component (Chart.js behind a Lit element in frontend/components/rounds-chart.ts),
 * in the shared kernel so every module's screens can use it.
 */
package care.rounds.base.ui.chart;
