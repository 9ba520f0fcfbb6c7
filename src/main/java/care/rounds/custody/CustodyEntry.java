package care.rounds.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the custody ledger. Written once; PostgreSQL refuses to change or remove it. Every entry
 * carries its kit, the clinician holding the kit, the day and the sign-out it belongs to, so a kit's day
 * is read from its own entries alone. A visit is named by its id only.
 */
@Entity
@Immutable
@Table(name = "custody_entry")
public class CustodyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    @Column(name = "kit_id", nullable = false)
    private long kitId;

    @Column(name = "clinician_id", nullable = false)
    private long clinicianId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "sign_out_id")
    private Long signOutId;

    @Column(name = "visit_id")
    private Long visitId;

    private BigDecimal mg;

    @Column(name = "mg_wasted")
    private BigDecimal mgWasted;

    @Column(name = "refers_to")
    private Long refersTo;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DiscrepancyKind discrepancy;

    @Column(length = 500)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected CustodyEntry() {
    }

    private CustodyEntry(Instant at, EntryKind kind, long kitId, long clinicianId, LocalDate day, Long signOutId,
                         String recordedBy) {
        this.at = at;
        this.kind = kind;
        this.kitId = kitId;
        this.clinicianId = clinicianId;
        this.day = day;
        this.signOutId = signOutId;
        this.recordedBy = recordedBy;
    }

    static CustodyEntry signedOut(Instant at, long kitId, long clinicianId, LocalDate day, BigDecimal mg, String by) {
        CustodyEntry entry = new CustodyEntry(at, EntryKind.SIGNED_OUT, kitId, clinicianId, day, null, by);
        entry.mg = mg;
        return entry;
    }

    /** An entry about a sign-out: it takes the sign-out's kit, clinician and day. */
    static CustodyEntry about(CustodyEntry signOut, Instant at, EntryKind kind, String by) {
        return new CustodyEntry(at, kind, signOut.kitId, signOut.clinicianId, signOut.day, signOut.id, by);
    }

    CustodyEntry used(long visitId, BigDecimal given, BigDecimal wasted) {
        this.visitId = visitId;
        this.mg = given;
        this.mgWasted = wasted;
        return this;
    }

    CustodyEntry amounts(BigDecimal mg, BigDecimal wasted) {
        this.mg = mg;
        this.mgWasted = wasted;
        return this;
    }

    CustodyEntry refersTo(Long entryId, String reason) {
        this.refersTo = entryId;
        this.reason = reason;
        return this;
    }

    CustodyEntry resolves(DiscrepancyKind discrepancy, Long subjectId, String reason) {
        this.discrepancy = discrepancy;
        return refersTo(subjectId, reason);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public EntryKind getKind() {
        return kind;
    }

    public long getKitId() {
        return kitId;
    }

    public long getClinicianId() {
        return clinicianId;
    }

    public LocalDate getDay() {
        return day;
    }

    /** The sign-out this entry belongs to; its own id for a sign-out. */
    public Long getSignOutId() {
        return kind == EntryKind.SIGNED_OUT ? id : signOutId;
    }

    public Long getVisitId() {
        return visitId;
    }

    /** Signed out, given, returned, or the corrected amount, by kind. */
    public BigDecimal getMg() {
        return mg;
    }

    public BigDecimal getMgWasted() {
        return mgWasted;
    }

    /** The entry corrected, witnessed, or whose discrepancy is resolved. */
    public Long getRefersTo() {
        return refersTo;
    }

    public DiscrepancyKind getDiscrepancy() {
        return discrepancy;
    }

    public String getReason() {
        return reason;
    }

    /** The signature: the login that recorded the entry (for a witness, the witness). */
    public String getRecordedBy() {
        return recordedBy;
    }
}
