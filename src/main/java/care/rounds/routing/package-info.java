/**
 * Road travel times for planning and for the board: how long a clinician drives from one home to the
 * next, the road shape of that drive, and where an address lies on the road network. The root package
 * is the whole API ({@link care.rounds.routing.Routing} and its records); it speaks in
 * {@link care.rounds.base.GeoPoint}s, seconds and meters and knows nothing of the solver or the screens.
 * Behind it, GraphHopper answers on any OpenStreetMap {@code .osm.pbf} the clinic points it at, with a
 * many-to-many search on its contraction hierarchy for whole matrices; only when no map is configured
 * do straight-line estimates stand in, and every such answer says it is an estimate. Matrices and route
 * shapes are cached in memory only: recomputing a 1000 x 1000 matrix takes about a second, less than
 * reading a million pairs back from PostgreSQL, and any cache would be invalid after a map change anyway.
 * The address index is the one part kept in PostgreSQL, rebuilt only when the map file's checksum changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Road travel times")
package care.rounds.routing;
