/**
 * Where the clinic's data lives: a real PostgreSQL. Without {@code SPRING_DATASOURCE_URL} Rounds
 * starts an embedded PostgreSQL whose files stay in {@code ./data/postgres}, so a first-time user
 * needs nothing installed; with it, Rounds uses that server and starts nothing. Flyway owns the
 * schema; Hibernate only validates it.
 */
package care.rounds.database;
