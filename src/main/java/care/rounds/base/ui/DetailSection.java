package care.rounds.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to a detail screen without the screen knowing that module (the patient's
 * messages on the patient screen, say): modules stay free of cycles. Implementations are prototype-scoped
 * Spring beans; the screen creates one per screen and shows it for the record it opens.
 */
public interface DetailSection {

    /** The section's component, placed below the screen's own fields. */
    Component component();

    /** Shows the section for this record (a patient's or a visit's id); null for a record not saved yet. */
    void show(Long id);

    /** A section on the patient screen, shown for the patient's id. */
    interface OfPatient extends DetailSection {
    }

    /** A section on the visit screen, shown for the visit's id. */
    interface OfVisit extends DetailSection {
    }
}
