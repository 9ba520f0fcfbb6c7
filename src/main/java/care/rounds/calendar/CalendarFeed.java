package care.rounds.calendar;

import care.rounds.plans.ProtocolKinds;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The .ics feed behind a secret link: the clinician's visits of the past week and the next 30 days.
 * Called without a signed-in user (a phone's calendar polls it), so the secret is the only key: an
 * unknown or revoked secret gets nothing, not even a hint that it once existed.
 */
@Service
public class CalendarFeed {

    static final String PATH_PREFIX = "/calendar/";
    static final Duration PAST = Duration.ofDays(7);
    static final Duration AHEAD = Duration.ofDays(30);

    private final CalendarLinks links;
    private final VisitService visits;
    private final ProtocolKinds protocolKinds;
    private final SentEvents sent;
    private final Clock clock;

    CalendarFeed(CalendarLinks links, VisitService visits, ProtocolKinds protocolKinds, SentEvents sent, Clock clock) {
        this.links = links;
        this.visits = visits;
        this.protocolKinds = protocolKinds;
        this.sent = sent;
        this.clock = clock;
    }

    /** The calendar for this secret, or empty if no working link has it. */
    @Transactional
    public Optional<String> icsFor(String secret) {
        return links.clinicianOf(secret).map(this::icsOf);
    }

    private String icsOf(long clinicianId) {
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant until = now.plus(AHEAD);
        Map<Long, SentEvents.Sent> sentBefore = sent.of(clinicianId);
        Map<Long, Boolean> assessment = new HashMap<>();
        List<FeedEvent> events = new ArrayList<>();
        // VisitService has no role-free read of one clinician's visits yet: the whole clinic's horizon is
        // read and filtered here (asked for in the calendar feed's hand-over note).
        for (InfusionVisit visit : visits.inHorizon(from.minus(Duration.ofDays(1)), until.plus(Duration.ofDays(1)))) {
            boolean isAssessment = assessment.computeIfAbsent(visit.getPlan().getProtocol().getId(),
                    protocolKinds::isAssessment);
            if (isMine(visit, clinicianId) && visit.getPlannedStart() != null
                    && !visit.getPlannedStart().isBefore(from) && visit.getPlannedStart().isBefore(until)) {
                events.add(FeedEvent.of(visit, isAssessment));
            } else if (visit.getStatus() == VisitStatus.CANCELLED && sentBefore.containsKey(visit.getId())) {
                SentEvents.Sent was = sentBefore.get(visit.getId());
                if (was.end().isAfter(from)) {
                    events.add(FeedEvent.of(visit, was.start(), was.end(), isAssessment));
                }
            }
        }
        events.sort(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::visitId));
        sent.remember(clinicianId, events);
        return IcsWriter.write(events, now);
    }

    private static boolean isMine(InfusionVisit visit, long clinicianId) {
        return visit.getClinician() != null && visit.getClinician().getId() == clinicianId;
    }
}
