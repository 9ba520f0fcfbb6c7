package care.rounds.dispatch.ui;

import care.rounds.visits.VisitChanged;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells open boards that visits changed elsewhere (a clinician tapped En route on her phone, another
 * coordinator moved a visit, a background re-plan saved), once the change is committed, so statuses and
 * the last-run line stay current without a reload. Changes are gathered for a second: a planner run that
 * writes a hundred visits reloads each board once.
 */
@Component
class BoardFeed {

    static final long GATHER_MILLIS = 1000;

    private final Set<Runnable> boards = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean flushPending = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "board-feed");
        thread.setDaemon(true);
        return thread;
    });

    /** @return what stops the board hearing of changes */
    Runnable listen(Runnable board) {
        boards.add(board);
        return () -> boards.remove(board);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void visitChanged(VisitChanged change) {
        if (flushPending.compareAndSet(false, true)) {
            timer.schedule(this::flush, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        flushPending.set(false);
        boards.forEach(Runnable::run);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
