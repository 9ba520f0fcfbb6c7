package care.rounds.custody;

import care.rounds.base.ClinicTime;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads sign-outs with their entries and reconciles them as of now. No role checks: only the module's
 * services use it, and they check.
 */
@Component
class Ledger {

    private final CustodyEntryRepository entries;
    private final ClinicTime time;

    Ledger(CustodyEntryRepository entries, ClinicTime time) {
        this.entries = entries;
        this.time = time;
    }

    CustodyEntry signOut(long signOutId) {
        return entries.findById(signOutId).filter(e -> e.getKind() == EntryKind.SIGNED_OUT)
                .orElseThrow(() -> new CustodyRefused("No kit sign-out " + signOutId + " in the custody record."));
    }

    KitDay kitDay(long signOutId) {
        return kitDays(List.of(signOutId)).get(0);
    }

    /** Each sign-out reconciled, in the order of the ids given. */
    List<KitDay> kitDays(Collection<Long> signOutIds) {
        if (signOutIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CustodyEntry>> bySignOut = entries.ofSignOuts(signOutIds).stream()
                .collect(Collectors.groupingBy(CustodyEntry::getSignOutId));
        return signOutIds.stream().distinct().filter(bySignOut::containsKey)
                .map(id -> Reconciliation.of(bySignOut.get(id), time.today().isAfter(bySignOut.get(id).get(0).getDay())))
                .toList();
    }

    /** The kit's most recent sign-out, reconciled. */
    Optional<KitDay> lastSignOut(long kitId) {
        return entries.ofKit(kitId).stream().filter(e -> e.getKind() == EntryKind.SIGNED_OUT)
                .max(Comparator.comparing(CustodyEntry::getId)).map(e -> kitDay(e.getId()));
    }

    List<KitDay> ofDay(java.time.LocalDate day) {
        return kitDays(entries.findByDayBetweenOrderByIdAsc(day, day).stream()
                .filter(e -> e.getKind() == EntryKind.SIGNED_OUT).map(CustodyEntry::getId).toList());
    }

    Optional<CustodyEntry> entry(long id) {
        return entries.findById(id);
    }

    /** Uses with a waste nobody has witnessed yet, on days from {@code from} to today. */
    List<KitUse> unwitnessedSince(java.time.LocalDate from) {
        List<Long> signOuts = entries.findByDayBetweenOrderByIdAsc(from, time.today()).stream()
                .filter(e -> e.getKind() == EntryKind.USED).map(CustodyEntry::getSignOutId).distinct().toList();
        return kitDays(signOuts).stream().flatMap(d -> d.uses().stream()).filter(KitUse::needsWitness).toList();
    }

    CustodyEntry save(CustodyEntry entry) {
        return entries.saveAndFlush(entry);
    }

    ClinicTime time() {
        return time;
    }
}
