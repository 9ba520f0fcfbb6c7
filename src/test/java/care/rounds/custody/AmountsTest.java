package care.rounds.custody;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsTest {

    @Test
    void negativeMissingOrOverPreciseAmountsAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> Amounts.checked(new BigDecimal("-5"), "given"))
                .isInstanceOf(CustodyRefused.class).hasMessage("The mg given cannot be negative: enter 0 or more.");
        assertThatThrownBy(() -> Amounts.checked(null, "wasted")).hasMessage("Enter the mg wasted (0 if none).");
        assertThatThrownBy(() -> Amounts.checked(new BigDecimal("1.234"), "given")).hasMessageContaining("two decimals");
        assertThat(Amounts.checked(new BigDecimal("37.5"), "given")).isEqualByComparingTo("37.50");
    }

    @Test
    void aReasonNeedsAFewWords() {
        assertThatThrownBy(() -> Amounts.reason("ok", "for resolving it")).hasMessageContaining("at least 5 characters");
        assertThat(Amounts.reason("  Kit found in the car  ", "x")).isEqualTo("Kit found in the car");
    }
}
