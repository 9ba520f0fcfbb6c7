package care.rounds.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a signed-in user opens a screen their role does not include.
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access | Rounds")
public class NoAccessView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public NoAccessView() {
        setId("no-access");
        add(new H2("This screen is not part of your role"),
                new Paragraph("Your login does not include this screen. Use the menu on the left for the screens you "
                        + "can open, or ask your manager if you need more access."),
                new Anchor("", "Go to your visits"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
