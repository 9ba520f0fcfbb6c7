package care.rounds.messages;

import care.rounds.patients.Patient;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChangeKind;
import care.rounds.visits.VisitChanged;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns visit changes into messages, in the transaction of the change (so a message is queued exactly
 * when its change is saved): a series booked in one go gets one confirmation, a cancellation of a
 * visit the patient was told about gets a cancellation, a told visit that moves gets a change notice,
 * a clinician setting off gets "on the way".
 */
@Component
class VisitMessages {

    private final VisitService visits;
    private final MessageQueue queue;
    private final MessageWording wording;
    private final ArrivalEstimate arrival;
    private final PatientMessageRepository messages;
    private final Reminders reminders;

    VisitMessages(VisitService visits, MessageQueue queue, MessageWording wording, ArrivalEstimate arrival,
                  PatientMessageRepository messages, Reminders reminders) {
        this.reminders = reminders;
        this.visits = visits;
        this.queue = queue;
        this.wording = wording;
        this.arrival = arrival;
        this.messages = messages;
    }

    @EventListener
    void on(VisitChanged change) {
        if (change.kind() == VisitChangeKind.PATIENT_TOLD) {
            return;
        }
        if (change.kind() != VisitChangeKind.STATUS) {
            reminders.withdrawStale(change);
        }
        if (change.kind() == VisitChangeKind.BOOKED) {
            gather(MessageType.CONFIRMATION, change);
        } else if ((change.kind() == VisitChangeKind.CANCELLED || change.kind() == VisitChangeKind.SERIES_CANCELLED)
                && change.toldStart() != null) {
            withdrawQueued(change.visitId(), "The visit was cancelled");
            gather(MessageType.CANCELLATION, change);
        } else if (change.kind() == VisitChangeKind.STATUS && change.status() == VisitStatus.EN_ROUTE) {
            onTheWay(change);
        } else if (change.movedSinceTold() && change.start() != null && change.clinicianId() != null) {
            changeNotice(change);
        }
    }

    private void onTheWay(VisitChanged change) {
        InfusionVisit visit = visit(change);
        MessageFacts facts = wording.facts(visit, visit.getPlannedStart(), visit.getClinician(), null,
                wording.time(arrival.of(visit)));
        queue.queue(MessageType.ON_THE_WAY, patient(visit), visit.getId(), change.planId(), change.version(), facts,
                "on-the-way:visit:" + visit.getId());
    }

    private void changeNotice(VisitChanged change) {
        InfusionVisit visit = visit(change);
        // an older notice not yet sent says a time that no longer holds: only the newest goes out
        messages.findByVisitIdAndTypeAndStatus(visit.getId(), MessageType.CHANGE_NOTICE, MessageStatus.QUEUED)
                .forEach(old -> queue.withdraw(old.getId(), "A newer change notice replaces it"));
        MessageFacts facts = wording.facts(visit, visit.getPlannedStart(), visit.getClinician(), null, null);
        queue.queue(MessageType.CHANGE_NOTICE, patient(visit), visit.getId(), change.planId(), change.version(), facts,
                "change:visit:" + visit.getId() + ":v" + change.version());
    }

    private void withdrawQueued(long visitId, String why) {
        for (MessageType type : List.of(MessageType.REMINDER, MessageType.CHANGE_NOTICE, MessageType.ON_THE_WAY)) {
            messages.findByVisitIdAndTypeAndStatus(visitId, type, MessageStatus.QUEUED)
                    .forEach(old -> queue.withdraw(old.getId(), why));
        }
    }

    /**
     * Collects the changes of one plan within the transaction and queues one message for them all just
     * before it commits: booking six visits of a series is one confirmation listing six dates.
     */
    private void gather(MessageType type, VisitChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(type, change.planId(), List.of(change));
            return;
        }
        String resource = "rounds.messages." + type + ":" + change.planId();
        @SuppressWarnings("unchecked")
        List<VisitChanged> batch = (List<VisitChanged>) TransactionSynchronizationManager.getResource(resource);
        if (batch != null) {
            batch.add(change);
            return;
        }
        List<VisitChanged> fresh = new ArrayList<>(List.of(change));
        TransactionSynchronizationManager.bindResource(resource, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                send(type, change.planId(), fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resource);
            }
        });
    }

    private void send(MessageType type, long planId, List<VisitChanged> changes) {
        Map<Long, InfusionVisit> series = visits.seriesOf(List.of(planId)).stream()
                .collect(Collectors.toMap(InfusionVisit::getId, v -> v, (a, b) -> a, LinkedHashMap::new));
        List<InfusionVisit> touched = changes.stream().map(c -> series.get(c.visitId())).filter(Objects::nonNull)
                .distinct().sorted(Comparator.comparing(v -> v.getSequenceNumber())).toList();
        if (touched.isEmpty()) {
            return;
        }
        InfusionVisit first = touched.get(0);
        String key = type.name().toLowerCase() + ":plan:" + planId + ":" + changes.stream()
                .map(c -> c.visitId() + "v" + c.version()).collect(Collectors.joining(","));
        MessageFacts facts = type == MessageType.CONFIRMATION
                ? wording.facts(first, first.getPlannedStart(), first.getClinician(), wording.dates(touched), null)
                : wording.facts(first, changes.get(0).toldStart(), first.getToldClinician(),
                        wording.toldDates(touched), null);
        if (type == MessageType.CANCELLATION && touched.size() > 1) {
            facts = new MessageFacts(facts.firstName(), wording.toldList(touched), facts.clinician(), null,
                    facts.dates(), facts.clinicPhone());
        }
        queue.queue(type, patient(first), touched.size() == 1 ? first.getId() : null, planId,
                touched.size() == 1 ? changes.get(0).version() : null, facts, key);
    }

    private InfusionVisit visit(VisitChanged change) {
        return visits.seriesOf(List.of(change.planId())).stream().filter(v -> v.getId() == change.visitId())
                .findFirst().orElseThrow();
    }

    private static Patient patient(InfusionVisit visit) {
        return visit.getPlan().getPatient();
    }
}
