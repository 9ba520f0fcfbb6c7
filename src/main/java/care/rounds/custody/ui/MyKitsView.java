package care.rounds.custody.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.custody.CustodyRefused;
import care.rounds.custody.KitCustody;
import care.rounds.custody.KitDay;
import care.rounds.custody.KitStock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A clinician's kits for today: sign one out (her login is the signature), see what each holds, return
 * it at the end of the day with the mg left, and witness colleagues' wastes.
 */
@Route("my-kits")
@PageTitle("My kits | Rounds")
@Menu(order = 0.55, icon = "vaadin:pill", title = "My kits")
@RolesAllowed("CLINICIAN")
public class MyKitsView extends VerticalLayout {

    private final KitCustody custody;
    private final Select<KitStock> available = new Select<>();
    private final Grid<KitDay> mine = new Grid<>();

    public MyKitsView(KitCustody custody, ClinicTime time) {
        this.custody = custody;
        available.setLabel("Kit from the safe");
        available.setId("kit-to-sign-out");
        available.setItemLabelGenerator(k -> k.kit().getNumber() + " (lot " + k.kit().getLot() + "), "
                + k.heldMg().stripTrailingZeros().toPlainString() + " mg");
        Button signOut = new Button("Sign out for today", e -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOut.setId("sign-out-kit");
        HorizontalLayout sign = new HorizontalLayout(available, signOut);
        sign.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        sign.setWrap(true);

        mine.setId("my-kits-today");
        mine.addColumn(d -> custody.kit(d.kitId()).getNumber()).setHeader("Kit").setAutoWidth(true);
        mine.addColumn(d -> time.time(d.signedOutAt())).setHeader("Signed out").setAutoWidth(true);
        mine.addColumn(d -> mg(d.signedOut())).setHeader("Out").setAutoWidth(true);
        mine.addColumn(d -> mg(d.given())).setHeader("Given").setAutoWidth(true);
        mine.addColumn(d -> mg(d.wasted())).setHeader("Wasted").setAutoWidth(true);
        mine.addColumn(d -> d.isOut() ? mg(d.remaining()) + " left" : mg(d.returned()) + " returned")
                .setHeader("Now").setAutoWidth(true);
        mine.addComponentColumn(this::returnButton).setAutoWidth(true);
        mine.setAllRowsVisible(true);
        mine.setEmptyStateText("No kit signed out to you today.");

        WasteWitnessList witness = new WasteWitnessList(custody, time, this::refresh);
        add(new H3("Sign out a kit"), sign, new H3("My kits today"), mine, witness);
        refresh();
    }

    private void refresh() {
        available.setItems(custody.availableKits());
        mine.setItems(custody.myKitsToday());
    }

    private void signOut() {
        if (available.getValue() == null) {
            Notices.problem("Choose the kit you take from the safe.");
            return;
        }
        try {
            KitDay day = custody.signOut(available.getValue().kit().getId());
            Notices.saved("Kit " + custody.kit(day.kitId()).getNumber() + " signed out to you for today, "
                    + mg(day.signedOut()) + " mg.");
        } catch (CustodyRefused refused) {
            Notices.problem(refused.getMessage());
        }
        refresh();
    }

    private Button returnButton(KitDay day) {
        Button back = new Button("Return", e -> new ReturnKitDialog(custody, day, this::refresh).open());
        back.setId("return-" + day.signOutId());
        back.setVisible(day.isOut());
        back.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return back;
    }

    static String mg(java.math.BigDecimal mg) {
        return mg == null ? "" : mg.stripTrailingZeros().toPlainString();
    }
}
