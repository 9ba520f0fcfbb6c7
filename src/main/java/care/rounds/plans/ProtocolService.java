package care.rounds.plans;

import care.rounds.base.ClinicTime;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The manager's protocols. Booked plans keep the rules they were booked with: changing the rules of a
 * protocol that plans follow retires it under a dated name (inactive, still followed by those plans) and
 * saves the new rules under the name, so only series booked afterwards follow them. A protocol that a
 * plan follows is never deleted, only deactivated. The in-home assessment protocol is read-only here.
 */
@Service
@Transactional(readOnly = true)
public class ProtocolService {

    private final TreatmentProtocolRepository protocols;
    private final TreatmentPlanRepository plans;
    private final ProtocolKinds kinds;
    private final ClinicTime time;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProtocolService(TreatmentProtocolRepository protocols, TreatmentPlanRepository plans, ProtocolKinds kinds,
                    ClinicTime time, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.protocols = protocols;
        this.plans = plans;
        this.kinds = kinds;
        this.time = time;
    }

    /** Every protocol, active ones first, by name. */
    @RolesAllowed("MANAGER")
    public List<TreatmentProtocol> all() {
        return protocols.findAllByOrderByActiveDescNameAsc();
    }

    @RolesAllowed("MANAGER")
    public Optional<TreatmentProtocol> find(long id) {
        return protocols.findById(id);
    }

    /** How many treatment plans (of any status) follow this protocol. */
    @RolesAllowed("MANAGER")
    public long plansUsing(long protocolId) {
        return plans.countByProtocolId(protocolId);
    }

    /** The in-home assessment: set up with the clinic, not edited on the protocols screen. */
    @RolesAllowed("MANAGER")
    public boolean isAssessment(TreatmentProtocol protocol) {
        return protocol.getId() != null && kinds.isAssessment(protocol.getId());
    }

    /**
     * Saves a new or changed protocol (see the class comment for changes to one that plans follow).
     *
     * @return the protocol now carrying the name
     * @throws IllegalArgumentException with a sentence for the manager when the protocol is not valid, its
     *                                  name is taken, or it is the in-home assessment
     * @throws ObjectOptimisticLockingFailureException when someone else saved it meanwhile
     */
    @RolesAllowed("MANAGER")
    @Transactional
    public TreatmentProtocol save(TreatmentProtocol edited) {
        TreatmentProtocol saved = saveRules(edited);
        events.publishEvent(new ProtocolSaved(saved.getId()));
        return saved;
    }

    private TreatmentProtocol saveRules(TreatmentProtocol edited) {
        List<String> problems = edited.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        if (isAssessment(edited)) {
            throw new IllegalArgumentException("The in-home assessment protocol cannot be changed here.");
        }
        protocols.findByName(edited.getName()).filter(other -> !other.getId().equals(edited.getId()))
                .ifPresent(other -> {
                    throw new IllegalArgumentException("Another protocol is called " + edited.getName()
                            + "; choose another name.");
                });
        if (edited.getId() == null) {
            return protocols.saveAndFlush(edited);
        }
        TreatmentProtocol stored = protocols.findById(edited.getId())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(TreatmentProtocol.class, edited.getId()));
        if (stored.getVersion() != edited.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(TreatmentProtocol.class, edited.getId());
        }
        if (sameRules(stored, edited) || plans.countByProtocolId(stored.getId()) == 0) {
            return protocols.saveAndFlush(edited);
        }
        stored.setName(retiredName(stored.getName()));
        stored.setActive(false);
        protocols.saveAndFlush(stored);
        TreatmentProtocol next = new TreatmentProtocol(edited.getName(), edited.getInfusionCount(),
                edited.getFirstVisitMinutes(), edited.getLaterVisitMinutes(), edited.getMinHoursBetween(),
                edited.getMaxHoursBetween(), edited.getCredentialsAllowed());
        next.setSetupMinutes(edited.getSetupMinutes());
        next.setInfusionMinutes(edited.getInfusionMinutes());
        next.setMinMonitoringMinutes(edited.getMinMonitoringMinutes());
        next.setActive(edited.isActive());
        next.setRnStates(edited.getRnStates());
        next.setBoosterProtocolId(edited.getBoosterProtocolId());
        next.setBoosterAfterMinDays(edited.getBoosterAfterMinDays());
        next.setBoosterAfterMaxDays(edited.getBoosterAfterMaxDays());
        next.setFastingFoodHours(edited.getFastingFoodHours());
        next.setFastingClearLiquidHours(edited.getFastingClearLiquidHours());
        return protocols.saveAndFlush(next);
    }

    /**
     * Removes a protocol no plan uses; one that a plan uses is deactivated instead.
     *
     * @return true when deleted, false when deactivated
     */
    @RolesAllowed("MANAGER")
    @Transactional
    public boolean deleteOrDeactivate(long protocolId) {
        TreatmentProtocol protocol = protocols.findById(protocolId)
                .orElseThrow(() -> new IllegalArgumentException("This protocol no longer exists."));
        if (isAssessment(protocol)) {
            throw new IllegalArgumentException("The in-home assessment protocol cannot be removed.");
        }
        if (plans.countByProtocolId(protocolId) > 0) {
            protocol.setActive(false);
            protocols.saveAndFlush(protocol);
            return false;
        }
        protocols.delete(protocol);
        protocols.flush();
        return true;
    }

    /** The rules a booked series follows; name and active do not change a booked series. */
    static boolean sameRules(TreatmentProtocol a, TreatmentProtocol b) {
        return a.getInfusionCount() == b.getInfusionCount() && a.getFirstVisitMinutes() == b.getFirstVisitMinutes()
                && a.getLaterVisitMinutes() == b.getLaterVisitMinutes()
                && a.getMinHoursBetween() == b.getMinHoursBetween() && a.getMaxHoursBetween() == b.getMaxHoursBetween()
                && a.getSetupMinutes() == b.getSetupMinutes() && a.getInfusionMinutes() == b.getInfusionMinutes()
                && a.getMinMonitoringMinutes() == b.getMinMonitoringMinutes()
                && Objects.equals(a.getCredentialsAllowed(), b.getCredentialsAllowed())
                && Objects.equals(a.getRnStates(), b.getRnStates());
    }

    private String retiredName(String name) {
        String base = name + " (booked until " + time.today() + ")";
        String candidate = base;
        for (int n = 2; protocols.findByName(candidate).isPresent(); n++) {
            candidate = base + " #" + n;
        }
        return candidate;
    }
}
