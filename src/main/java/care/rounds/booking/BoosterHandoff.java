package care.rounds.booking;

import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/**
 * Opens the booking screen for a booster: the patient and the booster protocol go through the user's Vaadin
 * session, so no patient data appears in the URL. The booking screen takes them once.
 */
public final class BoosterHandoff {

    public static final String ROUTE = "plans/new";
    private static final String ATTRIBUTE = BoosterHandoff.class.getName();

    /** The patient and the protocol to book the booster with. */
    public record Booster(long patientId, long protocolId) {
    }

    private BoosterHandoff() {
    }

    public static void offer(BoosterDue due) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, new Booster(due.patientId(), due.boosterProtocolId()));
    }

    /** The booster offered, if any; removed from the session on reading. */
    public static Optional<Booster> take() {
        VaadinSession session = VaadinSession.getCurrent();
        Object offered = session.getAttribute(ATTRIBUTE);
        session.setAttribute(ATTRIBUTE, null);
        return Optional.ofNullable((Booster) offered);
    }
}
