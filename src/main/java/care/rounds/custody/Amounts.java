package care.rounds.custody;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Checks an amount in mg typed by a user, and says what is wrong in words. */
final class Amounts {

    static final BigDecimal MAX_MG = new BigDecimal("5000");

    private Amounts() {
    }

    static BigDecimal checked(BigDecimal mg, String what) {
        if (mg == null) {
            throw new CustodyRefused("Enter the mg " + what + " (0 if none).");
        }
        if (mg.signum() < 0) {
            throw new CustodyRefused("The mg " + what + " cannot be negative: enter 0 or more.");
        }
        if (mg.stripTrailingZeros().scale() > 2) {
            throw new CustodyRefused("Enter the mg " + what + " with at most two decimals, e.g. 37.5.");
        }
        if (mg.compareTo(MAX_MG) > 0) {
            throw new CustodyRefused("The mg " + what + " is more than " + MAX_MG + " mg: check the amount.");
        }
        return mg.setScale(2, RoundingMode.UNNECESSARY);
    }

    static String reason(String reason, String what) {
        if (reason == null || reason.strip().length() < 5) {
            throw new CustodyRefused("Give the reason " + what + " in a few words (at least 5 characters).");
        }
        String text = reason.strip();
        if (text.length() > 500) {
            throw new CustodyRefused("Keep the reason to 500 characters.");
        }
        return text;
    }
}
