package care.rounds.base.ui;

import care.rounds.base.LayoutNotice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.List;

/**
 * The frame around every signed-in screen: the side navigation lists only the screens the user's role
 * may open (Vaadin filters menu entries through the same access control that guards the routes).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final H2 viewTitle = new H2();

    public MainLayout(AuthenticationContext authentication, List<LayoutNotice> notices) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(appName(), new Scroller(navigation()), userFooter());
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        viewTitle.setId("view-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle, notices(notices));
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        addToNavbar(navbar);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).map(t -> t.replace(" | Rounds", "")).orElse(""));
    }

    private Component appName() {
        H1 name = new H1("Rounds");
        name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "var(--lumo-space-m)");
        return new Header(name);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userFooter() {
        String user = authentication.getPrincipalName().orElse("");
        String role = authentication.hasRole("MANAGER") ? "Manager"
                : authentication.hasRole("COORDINATOR") ? "Patient coordinator" : "Clinician";
        Span who = new Span(user + " (" + role + ")");
        who.setId("signed-in-user");
        who.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");
        Anchor osm = new Anchor("https://www.openstreetmap.org/copyright", "Map data (c) OpenStreetMap contributors");
        osm.setTarget("_blank");
        osm.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        Div box = new Div(who, logout, osm);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-m)");
        return new Footer(box);
    }

    private Component notices(List<LayoutNotice> notices) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        notices.forEach(n -> n.notice().ifPresent(text -> {
            Span warning = new Span(new Icon(VaadinIcon.WARNING), new Span(" " + text));
            warning.getElement().getThemeList().add("badge warning");
            warning.setId("layout-notice");
            bar.add(warning);
        }));
        return bar;
    }
}
