package care.rounds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;

/**
 * A list on the left and the selected record's detail on the right; with nothing selected, the
 * detail side says what to do.
 */
public class ListDetailLayout extends SplitLayout {

    private final VerticalLayout list = new VerticalLayout();
    private final Div detail = new Div();
    private final Paragraph emptyState;

    public ListDetailLayout(String emptyHint) {
        list.setSizeFull();
        addToPrimary(list);
        detail.setSizeFull();
        detail.getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("overflow", "auto");
        emptyState = new Paragraph(emptyHint);
        emptyState.getStyle().set("color", "var(--lumo-secondary-text-color)");
        addToSecondary(detail);
        setSizeFull();
        setSplitterPosition(60);
        showEmpty();
    }

    protected void setList(Component toolbar, Component grid) {
        list.removeAll();
        list.add(toolbar, grid);
        list.setFlexGrow(1, grid);
    }

    public void showDetail(String title, Component content) {
        detail.removeAll();
        H2 heading = new H2(title);
        heading.setId("detail-title");
        heading.getStyle().set("margin-top", "0");
        detail.add(heading, content);
    }

    public void showEmpty() {
        detail.removeAll();
        detail.add(emptyState);
    }
}
