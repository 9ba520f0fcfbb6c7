package care.rounds.custody;

import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitFixtures;
import care.rounds.visits.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schedule III custody against the real database: a balanced day, discrepancies of an ended day and
 * their resolution, the commands' refusals, and PostgreSQL itself refusing to change or delete an entry.
 * Days before today are recorded through a second {@link KitCustody} whose clock stands on that day.
 */
@RoundsIntegrationTest
class CustodyIT {

    @Autowired KitCustody custody;
    @Autowired CustodyRecord record;
    @Autowired Ledger ledger;
    @Autowired KitRepository kits;
    @Autowired CustodyEntryRepository entries;
    @Autowired CurrentUser currentUser;
    @Autowired VisitService visits;
    @Autowired ClinicianService clinicians;
    @Autowired ClinicTime time;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private final List<InfusionVisit> moved = new ArrayList<>();
    private long maria;

    @BeforeEach
    void signInAsTheDemoClinician() {
        signInAs("clinician");
        maria = currentUser.require().clinicianId();
    }

    @AfterEach
    void putVisitsBack() {
        moved.forEach(VisitFixtures.of(context)::putBack);
        moved.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBalancedDayReconcilesWithNoDiscrepancy() {
        Kit kit = newKit("100");
        signInAs("clinician");
        KitDay out = custody.signOut(kit.getId());
        assertThat(out.signedOut()).isEqualByComparingTo("100");
        assertThat(out.signedBy()).isEqualTo("clinician");
        KitUse use = custody.recordUse(visitOnMariasRoute(time.today()), out.signOutId(), mg("37.5"), mg("12.5"));
        assertThat(use.needsWitness()).isTrue();

        signInAs("manager");
        assertThat(custody.wastesAwaitingWitness()).extracting(w -> w.use().entryId()).contains(use.entryId());
        KitUse witnessed = custody.witness(use.entryId());
        assertThat(witnessed.witnessedBy()).isEqualTo("manager");
        signInAs("clinician");
        KitDay back = custody.returnKit(out.signOutId(), mg("50"));

        assertThat(back.isBalanced()).isTrue();
        assertThat(back.discrepancies()).isEmpty();
        signInAs("manager");
        assertThat(record.day(time.today())).filteredOn(d -> d.signOutId() == out.signOutId()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("Balanced"));
        assertThat(record.kits()).filteredOn(k -> k.kit().getId().equals(kit.getId())).singleElement()
                .satisfies(k -> assertThat(k.heldMg()).isEqualByComparingTo("50"));
    }

    @Test
    void aMissingReturnAndAnUnwitnessedWasteShowAsDiscrepanciesUntilResolved() {
        Kit kit = newKit("100");
        LocalDate yesterday = time.today().minusDays(1);
        KitCustody onYesterday = custodyOn(yesterday);
        signInAs("clinician");
        KitDay out = onYesterday.signOut(kit.getId());
        KitUse use = onYesterday.recordUse(visitOnMariasRoute(yesterday), out.signOutId(), mg("40"), mg("10"));

        signInAs("manager");
        KitDay open = record.withOpenDiscrepancies().stream().filter(d -> d.signOutId() == out.signOutId())
                .findFirst().orElseThrow();
        assertThat(open.openDiscrepancies()).extracting(Discrepancy::kind)
                .containsExactly(DiscrepancyKind.MISSING_RETURN, DiscrepancyKind.UNWITNESSED_WASTE);
        assertThat(open.openDiscrepancies().get(0).description()).contains("50 mg should have come back");
        assertThat(open.openDiscrepancies().get(1).subjectEntryId()).isEqualTo(use.entryId());

        assertThatThrownBy(() -> record.resolve(open.openDiscrepancies().get(0), "lost"))
                .isInstanceOf(CustodyRefused.class).hasMessageContaining("at least 5 characters");
        for (Discrepancy discrepancy : open.openDiscrepancies()) {
            record.resolve(discrepancy, "Counted with the clinician by phone; kit to be brought in tomorrow");
        }

        assertThat(record.withOpenDiscrepancies()).noneMatch(d -> d.signOutId() == out.signOutId());
        KitDay resolved = ledger.kitDay(out.signOutId());
        assertThat(resolved.status()).isEqualTo("Resolved");
        assertThat(resolved.discrepancies()).allSatisfy(d -> assertThat(d.resolution().by()).isEqualTo("manager"));
        assertThat(entries.ofSignOuts(List.of(out.signOutId()))).extracting(CustodyEntry::getKind)
                .containsExactly(EntryKind.SIGNED_OUT, EntryKind.USED, EntryKind.RESOLVED, EntryKind.RESOLVED);
    }

    @Test
    void aReturnThatDoesNotAddUpIsAMismatchAtOnce() {
        Kit kit = newKit("100");
        signInAs("clinician");
        KitDay out = custody.signOut(kit.getId());
        custody.recordUse(visitOnMariasRoute(time.today()), out.signOutId(), mg("30"), mg("0"));
        KitDay back = custody.returnKit(out.signOutId(), mg("60"));

        assertThat(back.openDiscrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.MISMATCH);
            assertThat(d.description()).contains("10 mg unaccounted for");
        });
        signInAs("manager");
        KitDay corrected = record.correct(back.uses().get(0).entryId(), mg("40"), mg("0"), "Gave 40 mg, typed 30");
        assertThat(corrected.isBalanced()).isTrue();
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        Kit kit = newKit("100");
        signInAs("clinician");
        KitDay out = custody.signOut(kit.getId());
        long visit = visitOnMariasRoute(time.today());

        assertThatThrownBy(() -> custody.recordUse(visit, out.signOutId(), mg("-5"), mg("0")))
                .isInstanceOf(CustodyRefused.class).hasMessage("The mg given cannot be negative: enter 0 or more.");
        assertThatThrownBy(() -> custody.recordUse(visit, out.signOutId(), mg("90"), mg("20")))
                .hasMessageContaining("has 100 mg left");
        assertThatThrownBy(() -> custody.signOut(kit.getId())).hasMessageContaining("already signed out");
        Kit other = newKit("50");
        KitDay yesterdays = custodyOn(time.today().minusDays(1)).signOut(other.getId());
        assertThatThrownBy(() -> custody.recordUse(visit, yesterdays.signOutId(), mg("5"), mg("0")))
                .hasMessageContaining("is not signed out to you today");
        assertThatThrownBy(() -> custody.recordUse(someoneElsesVisit(), out.signOutId(), mg("5"), mg("0")))
                .hasMessageContaining("is not on your route");

        KitUse waste = custody.recordUse(visit, out.signOutId(), mg("20"), mg("5"));
        assertThatThrownBy(() -> custody.witness(waste.entryId())).isInstanceOf(CustodyRefused.class)
                .hasMessageContaining("a second licensed user must witness it");
        assertThat(custody.wastesAwaitingWitness()).noneMatch(w -> w.use().entryId() == waste.entryId());
        custody.returnKit(out.signOutId(), mg("75"));
        custody.returnKit(yesterdays.signOutId(), mg("50"));
    }

    @Test
    void postgresqlItselfRefusesToChangeOrDeleteACustodyEntry() {
        Kit kit = newKit("100");
        signInAs("clinician");
        KitDay out = custody.signOut(kit.getId());
        custody.returnKit(out.signOutId(), mg("100"));

        assertThatThrownBy(() -> jdbc.update("UPDATE custody_entry SET mg = 1 WHERE id = ?", out.signOutId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: UPDATE on custody_entry");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM custody_entry WHERE sign_out_id = ?", out.signOutId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: DELETE on custody_entry");
        assertThatThrownBy(() -> jdbc.update("UPDATE custody_kit SET lot = 'X' WHERE id = ?", kit.getId()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: UPDATE on custody_kit");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE custody_entry CASCADE"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: TRUNCATE");
        assertThat(jdbc.queryForObject("SELECT mg FROM custody_entry WHERE id = ?", BigDecimal.class, out.signOutId()))
                .isEqualByComparingTo("100");
    }

    private Kit newKit(String mg) {
        Kit kit = newKitAsManager(mg);
        signInAs("clinician");
        return kit;
    }

    private Kit newKitAsManager(String mg) {
        signInAs("manager");
        return record.addKit("IT-" + System.nanoTime() % 1_000_000_000L, "LOT-IT", mg(mg));
    }

    /** A custody service whose clock stands at noon of that day (no role checks: the test signs in anyway). */
    private KitCustody custodyOn(LocalDate day) {
        Instant noon = time.startOf(day).plus(Duration.ofHours(12));
        ClinicTime then = new ClinicTime(time.zone().getId(), Clock.fixed(noon, ZoneOffset.UTC));
        return new KitCustody(new Ledger(entries, then), kits, currentUser, visits, clinicians);
    }

    /** A demo visit put on Maria's route that day at 13:00 (put back after the test). */
    private long visitOnMariasRoute(LocalDate day) {
        InfusionVisit visit = visits.inHorizon(time.now(), time.now().plus(Duration.ofDays(14))).stream()
                .filter(v -> !v.getStatus().isClosed() && moved.stream().noneMatch(m -> m.getId().equals(v.getId())))
                .findFirst().orElseThrow();
        moved.add(visit);
        VisitFixtures.of(context).place(visit.getId(), clinicians.allForPlanning().stream()
                .filter(c -> c.getId() == maria).findFirst().orElseThrow(), time.startOf(day).plus(Duration.ofHours(13)));
        return visit.getId();
    }

    private long someoneElsesVisit() {
        return visits.inHorizon(time.now(), time.now().plus(Duration.ofDays(14))).stream()
                .filter(v -> v.getClinician() == null || v.getClinician().getId() != maria)
                .filter(v -> moved.stream().noneMatch(m -> m.getId().equals(v.getId())))
                .findFirst().orElseThrow().getId();
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static BigDecimal mg(String value) {
        return new BigDecimal(value);
    }
}
