package care.rounds.dispatch.ui;

/**
 * The Schedule III kit a visit's infusion comes from, asked for when the clinician taps Infusing: the
 * infusion is recorded only once the kit use is ({@code then}); cancelled, nothing is recorded.
 */
@FunctionalInterface
interface KitChoice {

    void choose(long visitId, Runnable then);
}
