package care.rounds.plans;

import care.rounds.clinicians.Credential;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumSet;
import java.util.Set;

/**
 * A physician's standing order for a series: how many infusions, how long each visit is, how far
 * apart consecutive infusions must be, and who may give them.
 */
@Entity
@Table(name = "treatment_protocol")
public class TreatmentProtocol {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "infusion_count", nullable = false)
    private int infusionCount;

    @Column(name = "first_visit_minutes", nullable = false)
    private int firstVisitMinutes;

    @Column(name = "later_visit_minutes", nullable = false)
    private int laterVisitMinutes;

    @Column(name = "min_hours_between", nullable = false)
    private int minHoursBetween;

    @Column(name = "max_hours_between", nullable = false)
    private int maxHoursBetween;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_protocol_credential", joinColumns = @JoinColumn(name = "protocol_id"))
    @Column(name = "credential")
    @Enumerated(EnumType.STRING)
    private Set<Credential> credentialsAllowed = EnumSet.noneOf(Credential.class);

    @Version
    private long version;

    protected TreatmentProtocol() {
    }

    public TreatmentProtocol(String name, int infusionCount, int firstVisitMinutes, int laterVisitMinutes,
                             int minHoursBetween, int maxHoursBetween, Set<Credential> credentialsAllowed) {
        this.name = name;
        this.infusionCount = infusionCount;
        this.firstVisitMinutes = firstVisitMinutes;
        this.laterVisitMinutes = laterVisitMinutes;
        this.minHoursBetween = minHoursBetween;
        this.maxHoursBetween = maxHoursBetween;
        this.credentialsAllowed = EnumSet.copyOf(credentialsAllowed);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getInfusionCount() {
        return infusionCount;
    }

    public int getFirstVisitMinutes() {
        return firstVisitMinutes;
    }

    public int getLaterVisitMinutes() {
        return laterVisitMinutes;
    }

    /** Minutes of the visit with this sequence number (1 = first): the first one is longer. */
    public int visitMinutes(int sequenceNumber) {
        return sequenceNumber == 1 ? firstVisitMinutes : laterVisitMinutes;
    }

    public int getMinHoursBetween() {
        return minHoursBetween;
    }

    public int getMaxHoursBetween() {
        return maxHoursBetween;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Credential> getCredentialsAllowed() {
        return credentialsAllowed;
    }
}
