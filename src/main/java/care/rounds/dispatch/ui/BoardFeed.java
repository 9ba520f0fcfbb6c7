package care.rounds.dispatch.ui;

import care.rounds.visits.VisitChanged;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Tells open boards that visits changed elsewhere (a clinician tapped En route on her phone, another
 * coordinator moved a visit, a background re-plan saved), once the change is committed, so statuses and
 * the last-run line stay current without a reload. Changes are gathered for a second: a planner run that
 * writes a hundred visits reloads each board once, and only the boards a change concerns (the day they
 * show, or a visit they show) reload at all: a board reload checks its day's rules, which is not free.
 */
@Component
class BoardFeed {

    static final long GATHER_MILLIS = 1000;

    private final Map<Runnable, Predicate<VisitChanged>> boards = new ConcurrentHashMap<>();
    private final List<VisitChanged> gathered = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "board-feed");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param concerns which changes the board shows (its day, its visits)
     * @return what stops the board hearing of changes
     */
    Runnable listen(Predicate<VisitChanged> concerns, Runnable board) {
        boards.put(board, concerns);
        return () -> boards.remove(board);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void visitChanged(VisitChanged change) {
        synchronized (gathered) {
            if (gathered.isEmpty()) {
                timer.schedule(this::flush, GATHER_MILLIS, TimeUnit.MILLISECONDS);
            }
            gathered.add(change);
        }
    }

    void flush() {
        List<VisitChanged> changes;
        synchronized (gathered) {
            changes = List.copyOf(gathered);
            gathered.clear();
        }
        boards.forEach((board, concerns) -> {
            if (changes.stream().anyMatch(concerns)) {
                board.run();
            }
        });
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
