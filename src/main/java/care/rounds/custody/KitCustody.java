package care.rounds.custody;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import care.rounds.security.Role;
import care.rounds.security.RoundsUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The clinician's side of custody: sign a kit out for today (the login is the signature), record the kit,
 * mg given and mg wasted at a visit, witness a colleague's waste, and return the kit at the end of the day.
 * Every command checks the caller on the server and refuses bad input with a {@link CustodyRefused}
 * that says what to do; every accepted command is one new ledger entry.
 */
@Service
@Transactional
public class KitCustody {

    private final Ledger ledger;
    private final KitRepository kits;
    private final CurrentUser currentUser;
    private final VisitService visits;
    private final ClinicianService clinicians;

    KitCustody(Ledger ledger, KitRepository kits, CurrentUser currentUser, VisitService visits,
               ClinicianService clinicians) {
        this.ledger = ledger;
        this.kits = kits;
        this.currentUser = currentUser;
        this.visits = visits;
        this.clinicians = clinicians;
    }

    /** Kits in the safe that may be signed out now. */
    @RolesAllowed({Role.CLINICIAN_ROLE, Role.MANAGER_ROLE})
    @Transactional(readOnly = true)
    public List<KitStock> availableKits() {
        return kits.findAll(org.springframework.data.domain.Sort.by("number")).stream()
                .map(k -> KitStock.of(k, ledger.lastSignOut(k.getId()).orElse(null)))
                .filter(KitStock::isAvailable).toList();
    }

    /** Signs the kit out to the signed-in clinician for today, with what it holds. */
    @RolesAllowed(Role.CLINICIAN_ROLE)
    public KitDay signOut(long kitId) {
        Kit kit = kits.findById(kitId).orElseThrow(() -> new CustodyRefused("No kit " + kitId + " in the record."));
        KitStock stock = KitStock.of(kit, ledger.lastSignOut(kitId).orElse(null));
        if (stock.isOut()) {
            throw new CustodyRefused("Kit " + kit.getNumber() + " is already signed out (" + stock.lastSignOut().day()
                    + "). It must be returned first.");
        }
        if (!stock.isAvailable()) {
            throw new CustodyRefused("Kit " + kit.getNumber() + " is empty or written off: choose another kit.");
        }
        long me = myClinicianId();
        LocalDate today = ledger.time().today();
        long carried = myKitsToday().stream().filter(KitDay::isOut).count();
        Clinician clinician = clinicians.find(me).orElseThrow();
        if (carried >= clinician.getDoseKitsPerDay()) {
            throw new CustodyRefused("The roster lets you carry " + clinician.getDoseKitsPerDay() + " kit(s) a day and "
                    + "you hold " + carried + " now. Return one first, or ask the manager to change the roster.");
        }
        CustodyEntry entry = ledger.save(CustodyEntry.signedOut(ledger.time().now(), kitId, me, today,
                stock.heldMg(), currentUser.actorName()));
        return ledger.kitDay(entry.getId());
    }

    /** The signed-in clinician's kits signed out for today, returned or not. */
    @RolesAllowed(Role.CLINICIAN_ROLE)
    @Transactional(readOnly = true)
    public List<KitDay> myKitsToday() {
        return ledger.ofDay(ledger.time().today()).stream().filter(d -> d.clinicianId() == myClinicianId()).toList();
    }

    /** Kit number and lot of each kit, for labels. */
    @RolesAllowed({Role.CLINICIAN_ROLE, Role.MANAGER_ROLE})
    @Transactional(readOnly = true)
    public Kit kit(long kitId) {
        return kits.findById(kitId).orElseThrow(() -> new CustodyRefused("No kit " + kitId + " in the record."));
    }

    /**
     * Records what a visit took from one of the caller's kits signed out today: mg given and mg wasted
     * (a waste then waits for a second licensed user's witness).
     */
    @RolesAllowed(Role.CLINICIAN_ROLE)
    public KitUse recordUse(long visitId, long signOutId, BigDecimal mgGiven, BigDecimal mgWasted) {
        BigDecimal given = Amounts.checked(mgGiven, "given");
        BigDecimal wasted = Amounts.checked(mgWasted, "wasted");
        if (given.add(wasted).signum() == 0) {
            throw new CustodyRefused("Enter the mg given or wasted: both are 0.");
        }
        CustodyEntry signOut = ledger.signOut(signOutId);
        KitDay day = ledger.kitDay(signOutId);
        String number = kit(signOut.getKitId()).getNumber();
        if (signOut.getClinicianId() != myClinicianId() || !signOut.getDay().equals(ledger.time().today())) {
            throw new CustodyRefused("Kit " + number + " is not signed out to you today: choose one of your kits.");
        }
        if (!day.isOut()) {
            throw new CustodyRefused("Kit " + number + " was already returned today: sign out another kit.");
        }
        checkOnMyRouteToday(visitId);
        if (given.add(wasted).compareTo(day.remaining()) > 0) {
            throw new CustodyRefused("Kit " + number + " has " + Reconciliation.plain(day.remaining()) + " mg left; "
                    + Reconciliation.plain(given) + " mg given + " + Reconciliation.plain(wasted)
                    + " mg wasted is more. Check the amounts.");
        }
        CustodyEntry use = ledger.save(CustodyEntry.about(signOut, ledger.time().now(), EntryKind.USED,
                currentUser.actorName()).used(visitId, given, wasted));
        return ledger.kitDay(signOutId).uses().stream().filter(u -> u.entryId() == use.getId()).findFirst().orElseThrow();
    }

    private void checkOnMyRouteToday(long visitId) {
        InfusionVisit visit;
        try {
            visit = visits.find(visitId).orElseThrow(() -> new CustodyRefused("No visit " + visitId + "."));
        } catch (AccessDeniedException notMine) {
            throw new CustodyRefused("Visit " + visitId + " is not on your route: record the kit at your own visit.");
        }
        LocalDate today = ledger.time().today();
        if (visit.getPlannedStart() == null
                || !ledger.time().inClinicZone(visit.getPlannedStart()).toLocalDate().equals(today)) {
            throw new CustodyRefused("Visit " + visitId + " is not on your route today.");
        }
    }

    /** Returns a kit with what is left in it (the holder, or a manager counting it back into the safe). */
    @RolesAllowed({Role.CLINICIAN_ROLE, Role.MANAGER_ROLE})
    public KitDay returnKit(long signOutId, BigDecimal mgReturned) {
        BigDecimal returned = Amounts.checked(mgReturned, "returned");
        CustodyEntry signOut = ledger.signOut(signOutId);
        String number = kit(signOut.getKitId()).getNumber();
        RoundsUser me = currentUser.require();
        if (me.role() == Role.CLINICIAN && signOut.getClinicianId() != me.clinicianId()) {
            throw new CustodyRefused("Kit " + number + " is not signed out to you: return your own kits.");
        }
        if (!ledger.kitDay(signOutId).isOut()) {
            throw new CustodyRefused("Kit " + number + " was already returned. A wrong amount is corrected by the "
                    + "manager with a reason.");
        }
        ledger.save(CustodyEntry.about(signOut, ledger.time().now(), EntryKind.RETURNED, me.getUsername())
                .amounts(returned, null));
        return ledger.kitDay(signOutId);
    }

    /** Wastes the signed-in user may witness: anyone's but their own. */
    @RolesAllowed({Role.CLINICIAN_ROLE, Role.MANAGER_ROLE})
    @Transactional(readOnly = true)
    public List<WasteToWitness> wastesAwaitingWitness() {
        RoundsUser me = currentUser.require();
        LocalDate today = ledger.time().today();
        return ledger.unwitnessedSince(today.minusDays(7)).stream()
                .filter(u -> mayWitness(me, u))
                .map(u -> {
                    CustodyEntry signOut = ledger.signOut(u.signOutId());
                    Kit kit = kit(signOut.getKitId());
                    String name = clinicians.find(signOut.getClinicianId()).map(Clinician::getFullName).orElse("?");
                    return new WasteToWitness(u, kit.getNumber(), kit.getLot(), name);
                }).toList();
    }

    /** The signed-in user witnesses a waste: a second licensed user, never the one who wasted. */
    @RolesAllowed({Role.CLINICIAN_ROLE, Role.MANAGER_ROLE})
    public KitUse witness(long useEntryId) {
        CustodyEntry use = ledger.entry(useEntryId).filter(e -> e.getKind() == EntryKind.USED)
                .orElseThrow(() -> new CustodyRefused("No kit use " + useEntryId + " in the custody record."));
        KitUse current = ledger.kitDay(use.getSignOutId()).uses().stream().filter(u -> u.entryId() == useEntryId)
                .findFirst().orElseThrow();
        RoundsUser me = currentUser.require();
        if (!mayWitness(me, current)) {
            throw new CustodyRefused(current.wasted().signum() == 0 ? "Nothing was wasted at that visit."
                    : current.witnessedBy() != null ? "That waste was already witnessed by " + current.witnessedBy() + "."
                    : "You recorded this waste (or hold the kit): a second licensed user must witness it.");
        }
        CustodyEntry signOut = ledger.signOut(use.getSignOutId());
        ledger.save(CustodyEntry.about(signOut, ledger.time().now(), EntryKind.WITNESSED, me.getUsername())
                .refersTo(useEntryId, null));
        return ledger.kitDay(signOut.getId()).uses().stream().filter(u -> u.entryId() == useEntryId).findFirst()
                .orElseThrow();
    }

    private boolean mayWitness(RoundsUser me, KitUse use) {
        if (!use.needsWitness() || me.getUsername().equalsIgnoreCase(use.recordedBy())) {
            return false;
        }
        CustodyEntry signOut = ledger.signOut(use.signOutId());
        return me.clinicianId() == null || me.clinicianId() != signOut.getClinicianId();
    }

    private long myClinicianId() {
        RoundsUser me = currentUser.require();
        if (me.clinicianId() == null) {
            throw new CustodyRefused("Your login is not linked to a clinician on the roster: only a clinician signs "
                    + "for kits.");
        }
        return me.clinicianId();
    }
}
