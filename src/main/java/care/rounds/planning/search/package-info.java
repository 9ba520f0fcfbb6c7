/**
 * How the solver searches, beyond Timefold's stock selectors: a regret-insertion construction
 * phase and ruin-and-recreate moves with our own nearness (Community Edition has no nearby
 * selection). Both check windows, the return home, dose kits, credential and licence in O(1) per
 * position; Timefold's score decides every move. Private to the planning module.
 */
package care.rounds.planning.search;
