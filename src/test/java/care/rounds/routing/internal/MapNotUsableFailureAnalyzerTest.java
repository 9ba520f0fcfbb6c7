package care.rounds.routing.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class MapNotUsableFailureAnalyzerTest {

    @Test
    void aBrokenMapStopsTheStartWithOneParagraphNamingTheEnvironmentVariable() {
        var broken = new MapNotUsableException("The road map region.osm.pbf could not be imported: it is not a "
                + "readable OpenStreetMap .osm.pbf file with roads (Unexpected end of file). Point "
                + "rounds.routing.osm-file at an .osm.pbf extract of your region.");
        var startFailure = new BeanCreationException("travelTimes", "Failed to instantiate", broken);

        FailureAnalysis analysis = new MapNotUsableFailureAnalyzer().analyze(startFailure);

        assertThat(analysis.getDescription()).startsWith("Rounds did not start: The road map region.osm.pbf")
                .contains("Point ROUNDS_ROUTING_OSM_FILE at").doesNotContain("\n").doesNotContain("rounds.routing.osm-file");
        assertThat(analysis.getAction()).contains("ROUNDS_ROUTING_OSM_FILE").contains("straight-line");
    }
}
