/**
 * A free day-board component (vis-timeline behind a Lit element in
 * frontend/components/rounds-timeline.ts), in the shared kernel so every module's screens can use it.
 */
package care.rounds.base.ui.timeline;
