/**
 * A free map component (Leaflet behind a Lit element in frontend/components/rounds-map.ts) for
 * routes, stops and placing a home, in the shared kernel so every module's screens can use it.
 */
package care.rounds.base.ui.map;
