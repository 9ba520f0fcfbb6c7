package care.rounds.custody.ui;

import care.rounds.base.ui.Notices;
import care.rounds.custody.CustodyRefused;
import care.rounds.custody.KitCustody;
import care.rounds.custody.KitDay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** Returning a kit to the safe with the mg counted back. */
class ReturnKitDialog extends Dialog {

    ReturnKitDialog(KitCustody custody, KitDay day, Runnable after) {
        String number = custody.kit(day.kitId()).getNumber();
        setHeaderTitle("Return kit " + number);
        setId("return-kit-dialog");
        BigDecimalField mg = new BigDecimalField("mg returned");
        mg.setId("return-mg");
        mg.setHelperText("Expected: " + MyKitsView.mg(day.remaining()) + " mg (signed out less given and wasted).");
        mg.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(mg, problem);
        Button save = new Button("Return", e -> {
            try {
                KitDay back = custody.returnKit(day.signOutId(), mg.getValue());
                close();
                Notices.saved("Kit " + number + " returned: " + back.status() + ".");
                after.run();
            } catch (CustodyRefused refused) {
                problem.setText(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("return-save");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
