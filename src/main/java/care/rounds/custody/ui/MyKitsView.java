package care.rounds.custody.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.custody.CustodyRefused;
import care.rounds.custody.KitCustody;
import care.rounds.custody.KitDay;
import care.rounds.custody.KitStock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
    private final VerticalLayout mine = new VerticalLayout();
    private final ClinicTime time;

    public MyKitsView(KitCustody custody, ClinicTime time) {
        this.custody = custody;
        this.time = time;
        available.setLabel("Kit from the safe");
        available.setId("kit-to-sign-out");
        available.setPlaceholder("Choose a kit");
        available.setEmptySelectionCaption("Choose a kit");
        available.setItemLabelGenerator(k -> k.kit().getNumber() + " (lot " + k.kit().getLot() + "), "
                + k.heldMg().stripTrailingZeros().toPlainString() + " mg");
        Button signOut = new Button("Sign out for today", e -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOut.setId("sign-out-kit");
        HorizontalLayout sign = new HorizontalLayout(available, signOut);
        sign.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        sign.setWrap(true);

        mine.setId("my-kits-today");
        mine.setPadding(false);

        WasteWitnessList witness = new WasteWitnessList(custody, time, this::refresh);
        add(new H3("Sign out a kit"), sign, new H3("My kits today"), mine, witness);
        refresh();
    }

    private void refresh() {
        available.setItems(custody.availableKits());
        mine.removeAll();
        var kits = custody.myKitsToday();
        kits.forEach(d -> mine.add(KitCard.of("my-kit-" + d.signOutId(), "Kit " + custody.kit(d.kitId()).getNumber()
                + ": " + (d.isOut() ? mg(d.remaining()) + " mg left" : mg(d.returned()) + " mg returned, " + d.status()),
                "Signed out " + time.time(d.signedOutAt()) + ", " + mg(d.signedOut()) + " mg. Given " + mg(d.given())
                        + " mg, wasted " + mg(d.wasted()) + " mg at " + d.uses().size() + " visit(s).", returnButton(d))));
        if (kits.isEmpty()) {
            mine.add(KitCard.empty("No kit signed out to you today."));
        }
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
