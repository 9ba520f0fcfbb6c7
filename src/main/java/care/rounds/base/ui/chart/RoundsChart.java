package care.rounds.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

import java.util.List;

/**
 * A KPI chart: bars or lines (Chart.js, free; Vaadin's own Charts are commercial). Each setter
 * replaces the whole chart, for example
 * {@code chart.setBarChart("Visits per day", days, new ChartDataset("Done", counts, null))}.
 * Every dataset has one value per label.
 */
@Tag("rounds-chart")
@JsModule("./components/rounds-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
public class RoundsChart extends Component implements HasSize {

    private enum Type { BAR, LINE }

    private Type type = Type.BAR;
    private String title;
    private List<String> labels = List.of();
    private List<ChartDataset> datasets = List.of();
    private boolean stacked;
    private String valueAxisTitle;

    public void setBarChart(String title, List<String> labels, ChartDataset... datasets) {
        show(Type.BAR, false, title, labels, datasets);
    }

    /** Bars of the datasets stacked on each other (for example done + cancelled per day). */
    public void setStackedBarChart(String title, List<String> labels, ChartDataset... datasets) {
        show(Type.BAR, true, title, labels, datasets);
    }

    public void setLineChart(String title, List<String> labels, ChartDataset... datasets) {
        show(Type.LINE, false, title, labels, datasets);
    }

    /** The unit on the value axis, such as "minutes"; null for none. */
    public void setValueAxisTitle(String titleOrNull) {
        valueAxisTitle = titleOrNull;
        sync();
    }

    private void show(Type type, boolean stacked, String title, List<String> labels, ChartDataset... datasets) {
        for (ChartDataset d : datasets) {
            if (d.values().size() != labels.size()) {
                throw new IllegalArgumentException("Dataset '" + d.label() + "' has " + d.values().size()
                        + " values for " + labels.size() + " labels.");
            }
        }
        this.type = type;
        this.stacked = stacked;
        this.title = title;
        this.labels = List.copyOf(labels);
        this.datasets = List.of(datasets);
        sync();
    }

    /** Chart data is small and set rarely, so it is sent at once rather than batched. */
    private void sync() {
        getElement().setPropertyJson("state", stateJson());
    }

    /** What the browser element receives as its {@code state} property (interface ChartState there). */
    JsonObject stateJson() {
        JsonObject state = Json.createObject();
        state.put("type", type == Type.BAR ? "bar" : "line");
        state.put("title", string(title));
        JsonArray labelArray = Json.createArray();
        labels.forEach(l -> labelArray.set(labelArray.length(), l));
        state.put("labels", labelArray);
        JsonArray datasetArray = Json.createArray();
        for (ChartDataset d : datasets) {
            JsonObject o = Json.createObject();
            o.put("label", d.label());
            JsonArray values = Json.createArray();
            d.values().forEach(v -> values.set(values.length(),
                    v == null ? Json.createNull() : Json.create(v.doubleValue())));
            o.put("values", values);
            o.put("color", string(d.colorCss()));
            datasetArray.set(datasetArray.length(), o);
        }
        state.put("datasets", datasetArray);
        state.put("stacked", stacked);
        state.put("valueAxisTitle", string(valueAxisTitle));
        return state;
    }

    private static JsonValue string(String s) {
        return s == null ? Json.createNull() : Json.create(s);
    }
}
