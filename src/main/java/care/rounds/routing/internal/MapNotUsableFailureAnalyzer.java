package care.rounds.routing.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A road map that cannot be used stops the start with one paragraph (what, why, which environment
 * variable to change) instead of a long stack trace. People set environment variables, so the
 * message names ROUNDS_ROUTING_OSM_FILE rather than the property behind it.
 */
class MapNotUsableFailureAnalyzer extends AbstractFailureAnalyzer<MapNotUsableException> {

    static final String VARIABLE = "ROUNDS_ROUTING_OSM_FILE";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MapNotUsableException cause) {
        String description = "Rounds did not start: " + cause.getMessage()
                .replace("Set rounds.routing.osm-file", "Set " + VARIABLE)
                .replace("Point rounds.routing.osm-file", "Point " + VARIABLE)
                .replace("rounds.routing.osm-file", VARIABLE);
        String action = "Set the environment variable " + VARIABLE + " (setting rounds.routing.osm-file) to an "
                + ".osm.pbf extract of your region, for example a state from Geofabrik clipped with osmium, and "
                + "start again; or unset it to start with straight-line travel estimates.";
        return new FailureAnalysis(description, action, cause);
    }
}
