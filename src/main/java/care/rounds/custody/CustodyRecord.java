package care.rounds.custody;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import care.rounds.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The manager's side of custody: the kits (add one with its number, lot and mg), each day's sign-outs
 * reconciled, every open discrepancy of any day, its resolution with a reason, corrections, and the
 * ledger of a date range for export. Resolutions and corrections are new entries; nothing is changed.
 */
@Service
@Transactional
@RolesAllowed(Role.MANAGER_ROLE)
public class CustodyRecord {

    /** The longest range one export covers. */
    public static final int MAX_EXPORT_DAYS = 800;

    private final Ledger ledger;
    private final KitRepository kits;
    private final CustodyEntryRepository entries;
    private final CurrentUser currentUser;
    private final ClinicianService clinicians;

    CustodyRecord(Ledger ledger, KitRepository kits, CustodyEntryRepository entries, CurrentUser currentUser,
                  ClinicianService clinicians) {
        this.ledger = ledger;
        this.kits = kits;
        this.entries = entries;
        this.currentUser = currentUser;
        this.clinicians = clinicians;
    }

    public Kit addKit(String number, String lot, BigDecimal contentsMg) {
        String kitNumber = text(number, "kit number");
        String kitLot = text(lot, "lot");
        BigDecimal mg = Amounts.checked(contentsMg, "in the kit");
        if (mg.signum() == 0) {
            throw new CustodyRefused("A kit holds more than 0 mg: enter what is in it.");
        }
        if (kits.findByNumberIgnoreCase(kitNumber).isPresent()) {
            throw new CustodyRefused("Kit " + kitNumber + " is already in the record: give the new kit its own number.");
        }
        try {
            return kits.saveAndFlush(new Kit(kitNumber, kitLot, mg, ledger.time().now(), currentUser.actorName()));
        } catch (DataIntegrityViolationException taken) {
            throw new CustodyRefused("Kit " + kitNumber + " is already in the record: give the new kit its own number.");
        }
    }

    /** The demo clinic's kits, added by its set-up (no user involved). */
    @RolesAllowed({Role.MANAGER_ROLE, Role.COORDINATOR_ROLE})
    public Kit addKitAtStartUp(String number, String lot, BigDecimal contentsMg) {
        if (!currentUser.isSystemActor()) {
            throw new CustodyRefused("Kits are added by a manager on the Custody screen.");
        }
        return kits.save(new Kit(number, lot, contentsMg, ledger.time().now(), currentUser.actorName()));
    }

    @Transactional(readOnly = true)
    public List<KitStock> kits() {
        return kits.findAll(Sort.by("number")).stream()
                .map(k -> KitStock.of(k, ledger.lastSignOut(k.getId()).orElse(null))).toList();
    }

    /** Every sign-out of the day, reconciled as of now. */
    @Transactional(readOnly = true)
    public List<KitDay> day(LocalDate day) {
        return ledger.ofDay(day);
    }

    /** Every sign-out of any ended day still holding an open discrepancy, oldest first. */
    @Transactional(readOnly = true)
    public List<KitDay> withOpenDiscrepancies() {
        List<Long> signOuts = entries.signOutsBefore(ledger.time().today());
        return ledger.kitDays(signOuts).stream().filter(d -> !d.openDiscrepancies().isEmpty()).toList();
    }

    /** Resolves one discrepancy with the manager's reason: a new entry, shown with it from now on. */
    public KitDay resolve(Discrepancy discrepancy, String reason) {
        String why = Amounts.reason(reason, "for resolving it");
        KitDay day = ledger.kitDay(discrepancy.signOutId());
        boolean open = day.openDiscrepancies().stream().anyMatch(d -> d.kind() == discrepancy.kind()
                && d.subjectEntryId() == discrepancy.subjectEntryId());
        if (!open) {
            throw new CustodyRefused("That discrepancy is no longer open (already resolved, or the entries now add up).");
        }
        ledger.save(CustodyEntry.about(ledger.signOut(discrepancy.signOutId()), ledger.time().now(), EntryKind.RESOLVED,
                currentUser.actorName()).resolves(discrepancy.kind(), discrepancy.subjectEntryId(), why));
        return ledger.kitDay(discrepancy.signOutId());
    }

    /**
     * Corrects the amounts of a sign-out, a use or a return with a reason: a new entry that refers to the
     * one it corrects and stands for it in the reconciliation from then on.
     */
    public KitDay correct(long entryId, BigDecimal mg, BigDecimal mgWasted, String reason) {
        String why = Amounts.reason(reason, "for the correction");
        CustodyEntry original = ledger.entry(entryId).orElseThrow(
                () -> new CustodyRefused("No entry " + entryId + " in the custody record."));
        if (original.getKind() != EntryKind.SIGNED_OUT && original.getKind() != EntryKind.USED
                && original.getKind() != EntryKind.RETURNED) {
            throw new CustodyRefused("Only the amounts of a sign-out, a use or a return can be corrected.");
        }
        BigDecimal amount = Amounts.checked(mg, original.getKind() == EntryKind.USED ? "given" : "in the kit");
        BigDecimal wasted = original.getKind() == EntryKind.USED ? Amounts.checked(mgWasted, "wasted") : null;
        CustodyEntry signOut = ledger.signOut(original.getSignOutId());
        ledger.save(CustodyEntry.about(signOut, ledger.time().now(), EntryKind.CORRECTED, currentUser.actorName())
                .amounts(amount, wasted).refersTo(entryId, why));
        return ledger.kitDay(signOut.getId());
    }

    /** Every ledger entry of the days from {@code from} to {@code to}, in the order written. */
    @Transactional(readOnly = true)
    public List<CustodyEntry> entries(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new CustodyRefused("Choose a first day and a last day on or after it.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_EXPORT_DAYS) {
            throw new CustodyRefused("Export at most " + MAX_EXPORT_DAYS + " days at a time.");
        }
        return entries.findByDayBetweenOrderByIdAsc(from, to);
    }

    /** Names of every clinician on the roster, by id, for the screens and exports. */
    @Transactional(readOnly = true)
    public Map<Long, String> clinicianNames() {
        return clinicians.allForPlanning().stream().collect(Collectors.toMap(Clinician::getId, Clinician::getFullName));
    }

    @Transactional(readOnly = true)
    public Map<Long, Kit> kitsById() {
        return kits.findAll().stream().collect(Collectors.toMap(Kit::getId, Function.identity()));
    }

    private static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new CustodyRefused("Enter the " + what + ".");
        }
        String text = value.strip();
        if (text.length() > 40) {
            throw new CustodyRefused("Keep the " + what + " to 40 characters.");
        }
        return text;
    }
}
