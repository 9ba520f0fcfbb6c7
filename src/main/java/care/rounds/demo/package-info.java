/**
 * The demo clinic: on first start with an empty database, a realistic home-infusion clinic on the
 * loaded map (clinicians, patients on drivable roads, treatment plans with their visits over the next
 * two weeks, one login per role). Deterministic, seeded once, off with {@code rounds.demo.enabled=false}.
 */
package care.rounds.demo;
