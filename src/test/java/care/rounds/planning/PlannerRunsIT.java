package care.rounds.planning;

import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning runs are records, and runs whose days overlap wait for each other instead of running at once. */
@RoundsIntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class PlannerRunsIT {

    @Autowired
    SchedulePlanner planner;
    @Autowired
    ClinicTime time;

    @Test
    void aRunOfOverlappingDaysIsQueuedUntilTheFirstIsSavedAndBothAreRecorded() throws InterruptedException {
        LocalDate first = time.today().plusDays(2);
        String twoDays = planner.plan(first, 2, "Optimize two days");
        String secondDay = planner.plan(first.plusDays(1), 1, "Optimize the second day");

        PlannerRun waiting = planner.lastRun(first.plusDays(1)).orElseThrow();
        assertThat(waiting.getTrigger()).isEqualTo("Optimize the second day");
        assertThat(waiting.getState()).as("waits while the two days are planned").isEqualTo(PlannerRun.State.QUEUED);
        assertThat(waiting.getStartedBy()).isEqualTo("coordinator");

        for (int i = 0; i < 240 && (planner.isPlanning(twoDays) || planner.isPlanning(secondDay)); i++) {
            Thread.sleep(500);
        }
        PlannerRun both = planner.lastRun(first).orElseThrow();
        PlannerRun second = planner.lastRun(first.plusDays(1)).orElseThrow();
        assertThat(both.getState()).isEqualTo(PlannerRun.State.SAVED);
        assertThat(second.getState()).isEqualTo(PlannerRun.State.SAVED);
        assertThat(second.getStartedAt()).as("started after the first was saved").isAfterOrEqualTo(both.getEndedAt());
        assertThat(both.getSummary()).contains("placed").contains("unassigned").contains("on the road")
                .contains("to call").doesNotContain("hard").doesNotContain("soft");
        assertThat(both.getVisitsPlanned()).isNotNull();
        assertThat(both.getDriveMinutes()).isNotNull();
    }
}
