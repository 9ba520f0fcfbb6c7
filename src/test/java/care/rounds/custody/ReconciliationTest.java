package care.rounds.custody;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final Instant AT = Instant.parse("2026-12-03T14:00:00Z");

    private final List<CustodyEntry> entries = new ArrayList<>();
    private final CustodyEntry signOut = add(CustodyEntry.signedOut(AT, 7, 3, DAY, mg("200"), "maria"));

    @Test
    void givenWastedAndReturnedAddingUpToWhatWasSignedOutIsBalanced() {
        CustodyEntry use = add(about(EntryKind.USED).used(11, mg("37.5"), mg("12.5")));
        add(about(EntryKind.WITNESSED).refersTo(use.getId(), null));
        add(about(EntryKind.USED).used(12, mg("50"), mg("0")));
        add(about(EntryKind.RETURNED).amounts(mg("100"), null));

        KitDay day = Reconciliation.of(entries, true);

        assertThat(day.given()).isEqualByComparingTo("87.5");
        assertThat(day.wasted()).isEqualByComparingTo("12.5");
        assertThat(day.returned()).isEqualByComparingTo("100");
        assertThat(day.discrepancies()).isEmpty();
        assertThat(day.isBalanced()).isTrue();
        assertThat(day.status()).isEqualTo("Balanced");
    }

    @Test
    void returnedAmountThatDoesNotAddUpIsAMismatchNamingTheGap() {
        add(about(EntryKind.USED).used(11, mg("40"), mg("0")));
        add(about(EntryKind.RETURNED).amounts(mg("150"), null));

        KitDay day = Reconciliation.of(entries, false);

        assertThat(day.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.MISMATCH);
            assertThat(d.description()).contains("given 40 + wasted 0 + returned 150 = 190 mg: 10 mg unaccounted for");
        });
        assertThat(day.isBalanced()).isFalse();
    }

    @Test
    void missingReturnAndUnwitnessedWasteCountOnlyOnceTheDayIsOver() {
        CustodyEntry use = add(about(EntryKind.USED).used(11, mg("40"), mg("10")));

        KitDay during = Reconciliation.of(entries, false);
        KitDay after = Reconciliation.of(entries, true);

        assertThat(during.discrepancies()).isEmpty();
        assertThat(during.status()).isEqualTo("Out");
        assertThat(after.openDiscrepancies()).extracting(Discrepancy::kind)
                .containsExactly(DiscrepancyKind.MISSING_RETURN, DiscrepancyKind.UNWITNESSED_WASTE);
        assertThat(after.openDiscrepancies().get(0).description()).contains("150 mg should have come back");
        assertThat(after.openDiscrepancies().get(1).subjectEntryId()).isEqualTo(use.getId());
    }

    @Test
    void aResolutionClearsExactlyTheDiscrepancyItNames() {
        CustodyEntry use = add(about(EntryKind.USED).used(11, mg("40"), mg("10")));
        add(about(EntryKind.RESOLVED).resolves(DiscrepancyKind.UNWITNESSED_WASTE, use.getId(), "Witnessed by phone"));

        KitDay day = Reconciliation.of(entries, true);

        assertThat(day.openDiscrepancies()).extracting(Discrepancy::kind).containsExactly(DiscrepancyKind.MISSING_RETURN);
        assertThat(day.discrepancies()).filteredOn(d -> !d.isOpen()).singleElement()
                .satisfies(d -> assertThat(d.resolution().reason()).isEqualTo("Witnessed by phone"));
    }

    @Test
    void theLatestCorrectionStandsForTheEntryItCorrects() {
        CustodyEntry use = add(about(EntryKind.USED).used(11, mg("60"), mg("0")));
        CustodyEntry back = add(about(EntryKind.RETURNED).amounts(mg("150"), null));
        add(about(EntryKind.CORRECTED).amounts(mg("45"), mg("0")).refersTo(use.getId(), "Typed 60 for 45"));
        add(about(EntryKind.CORRECTED).amounts(mg("50"), mg("0")).refersTo(use.getId(), "It was 50 after all"));

        KitDay day = Reconciliation.of(entries, true);

        assertThat(day.given()).isEqualByComparingTo("50");
        assertThat(day.uses()).singleElement().satisfies(u -> assertThat(u.corrected()).isTrue());
        assertThat(day.returned()).isEqualByComparingTo("150");
        assertThat(day.isBalanced()).as("signed out 200 = 50 + 0 + 150, return %s", back.getId()).isTrue();
    }

    @Test
    void amountsArePrintedWithoutNeedlessDecimals() {
        assertThat(Reconciliation.plain(mg("200.00"))).isEqualTo("200");
        assertThat(Reconciliation.plain(mg("37.50"))).isEqualTo("37.5");
    }

    private CustodyEntry about(EntryKind kind) {
        return CustodyEntry.about(signOut, AT.plusSeconds(entries.size() * 60L), kind, "maria");
    }

    private CustodyEntry add(CustodyEntry entry) {
        ReflectionTestUtils.setField(entry, "id", (long) entries.size() + 100);
        entries.add(entry);
        return entry;
    }

    private static BigDecimal mg(String value) {
        return new BigDecimal(value);
    }
}
