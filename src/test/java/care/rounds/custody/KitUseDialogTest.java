package care.rounds.custody;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What the mg given field says against the physician's ordered dose. */
class KitUseDialogTest {

    private static final BigDecimal ORDERED = new BigDecimal("52.0");

    @Test
    void theOrderedDoseIsNamedWhenTheAmountIsIt() {
        assertThat(KitUseDialog.againstTheOrder(ORDERED, new BigDecimal("52"))).isEqualTo("Ordered: 52 mg.");
        assertThat(KitUseDialog.againstTheOrder(ORDERED, null)).isEqualTo("Ordered: 52 mg.");
    }

    @Test
    void anAmountOffTheOrderSaysByHowMuchAndWhichWay() {
        assertThat(KitUseDialog.againstTheOrder(ORDERED, new BigDecimal("40")))
                .isEqualTo("Ordered: 52 mg; this is 12 mg less than ordered.");
        assertThat(KitUseDialog.againstTheOrder(ORDERED, new BigDecimal("52.5")))
                .isEqualTo("Ordered: 52 mg; this is 0.5 mg more than ordered.");
    }
}
