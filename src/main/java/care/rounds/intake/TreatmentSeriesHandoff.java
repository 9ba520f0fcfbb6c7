package care.rounds.intake;

import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/**
 * Hands an eligible patient from the inbox to the screen that books the treatment series
 * (route {@value #ROUTE}) through the user's Vaadin session, so no patient data appears in the URL.
 * The receiving screen calls {@link #take()} once.
 */
public final class TreatmentSeriesHandoff {

    public static final String ROUTE = "plans/new";
    static final String ATTRIBUTE = TreatmentSeriesHandoff.class.getName() + ".patientId";

    private TreatmentSeriesHandoff() {
    }

    public static void offer(long patientId) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, patientId);
    }

    /** The patient offered by the inbox, if any; removed from the session on reading. */
    public static Optional<Long> take() {
        VaadinSession session = VaadinSession.getCurrent();
        Object patientId = session.getAttribute(ATTRIBUTE);
        session.setAttribute(ATTRIBUTE, null);
        return Optional.ofNullable((Long) patientId);
    }
}
