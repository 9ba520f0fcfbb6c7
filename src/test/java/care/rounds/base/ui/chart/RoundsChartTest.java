package care.rounds.base.ui.chart;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON that rounds-chart.ts draws from. */
class RoundsChartTest {

    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed");

    private RoundsChart chart;

    @BeforeEach
    void attachChart() {
        MockVaadin.setup();
        chart = new RoundsChart();
        UI.getCurrent().add(chart);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void barChartSendsLabelsAndOneValuePerLabel() {
        chart.setBarChart("Visits per day", DAYS, new ChartDataset("Done", List.of(12, 15, 9), "#188038"));

        JsonObject state = sentState();
        assertThat(state.getString("type")).isEqualTo("bar");
        assertThat(state.getString("title")).isEqualTo("Visits per day");
        assertThat(state.getBoolean("stacked")).isFalse();
        assertThat(state.getArray("labels").getString(2)).isEqualTo("Wed");
        JsonObject dataset = state.getArray("datasets").getObject(0);
        assertThat(dataset.getString("label")).isEqualTo("Done");
        assertThat(dataset.getString("color")).isEqualTo("#188038");
        assertThat(dataset.getArray("values").getNumber(1)).isEqualTo(15);
    }

    @Test
    void stackedBarsAreMarkedStacked() {
        chart.setStackedBarChart("Visits", DAYS, ChartDataset.of("Done", List.of(1, 2, 3)),
                ChartDataset.of("Cancelled", List.of(0, 1, 0)));

        JsonObject state = sentState();
        assertThat(state.getBoolean("stacked")).isTrue();
        assertThat(state.getArray("datasets").length()).isEqualTo(2);
        assertThat(state.getArray("datasets").getObject(1).get("color").getType()).isEqualTo(JsonType.NULL);
    }

    @Test
    void lineChartKeepsGapsForMissingValues() {
        chart.setLineChart("Drive minutes per visit", DAYS, ChartDataset.of("Average", Arrays.asList(24.5, null, 19.75)));
        chart.setValueAxisTitle("minutes");

        JsonObject state = sentState();
        assertThat(state.getString("type")).isEqualTo("line");
        assertThat(state.getString("valueAxisTitle")).isEqualTo("minutes");
        JsonArray values = state.getArray("datasets").getObject(0).getArray("values");
        assertThat(values.get(1).getType()).isEqualTo(JsonType.NULL);
        assertThat(values.getNumber(2)).isEqualTo(19.75);
    }

    @Test
    void aDatasetMustHaveOneValuePerLabel() {
        assertThatThrownBy(() -> chart.setBarChart("Visits", DAYS, ChartDataset.of("Done", List.of(1, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Done' has 2 values for 3 labels");
    }

    private JsonObject sentState() {
        MockVaadin.clientRoundtrip();
        return (JsonObject) chart.getElement().getPropertyRaw("state");
    }
}
