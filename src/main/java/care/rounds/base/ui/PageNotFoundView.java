package care.rounds.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that is no screen of Rounds.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found | Rounds")
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        setId("page-not-found");
        add(new H2("There is no such page"),
                new Paragraph("The address may be mistyped or out of date. Use the menu on the left."),
                new Anchor("", "Go to your visits"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
