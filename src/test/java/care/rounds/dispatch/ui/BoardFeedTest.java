package care.rounds.dispatch.ui;

import care.rounds.visits.VisitChangeKind;
import care.rounds.visits.VisitChanged;
import care.rounds.visits.VisitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BoardFeedTest {

    private final BoardFeed feed = new BoardFeed();
    private final AtomicInteger mondayReloads = new AtomicInteger();
    private final AtomicInteger tuesdayReloads = new AtomicInteger();

    @AfterEach
    void stop() {
        feed.stop();
    }

    private void openBoards() {
        feed.listen(change -> change.visitId() < 100, mondayReloads::incrementAndGet);
        feed.listen(change -> change.visitId() >= 100, tuesdayReloads::incrementAndGet);
    }

    private static VisitChanged changed(long visitId) {
        return new VisitChanged(visitId, 2, 7, 3, VisitChangeKind.STATUS, VisitStatus.EN_ROUTE,
                Instant.parse("2026-12-07T15:00:00Z"), 4L, null, false);
    }

    @Test
    void onlyTheBoardAChangeConcernsReloads() {
        openBoards();
        feed.visitChanged(changed(5));
        feed.flush();
        assertThat(mondayReloads).hasValue(1);
        assertThat(tuesdayReloads).hasValue(0);
    }

    @Test
    void manyChangesTogetherReloadEachConcernedBoardOnce() {
        openBoards();
        for (long visit = 1; visit <= 50; visit++) {
            feed.visitChanged(changed(visit));
        }
        feed.visitChanged(changed(150));
        feed.flush();
        assertThat(mondayReloads).hasValue(1);
        assertThat(tuesdayReloads).hasValue(1);
        feed.flush();
        assertThat(mondayReloads).as("nothing new, no reload").hasValue(1);
    }

    @Test
    void aClosedBoardHearsNothing() {
        Runnable close = feed.listen(change -> true, mondayReloads::incrementAndGet);
        close.run();
        feed.visitChanged(changed(5));
        feed.flush();
        assertThat(mondayReloads).hasValue(0);
    }
}
