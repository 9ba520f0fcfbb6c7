package care.rounds.messages;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every message to a patient or about a visit, newest first, with each delivery step: for the office. */
@Service
@Transactional(readOnly = true)
public class DeliveryLog {

    private final PatientMessageRepository messages;
    private final MessageDeliveryRepository deliveries;

    DeliveryLog(PatientMessageRepository messages, MessageDeliveryRepository deliveries) {
        this.messages = messages;
        this.deliveries = deliveries;
    }

    @RolesAllowed("COORDINATOR")
    public List<DeliveryLine> ofPatient(long patientId) {
        return lines(messages.findByPatientIdOrderByCreatedAtDescIdDesc(patientId));
    }

    @RolesAllowed("COORDINATOR")
    public List<DeliveryLine> ofVisit(long visitId) {
        return lines(messages.findByVisitIdOrderByCreatedAtDescIdDesc(visitId));
    }

    private List<DeliveryLine> lines(List<PatientMessage> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DeliveryLine.Step>> steps = deliveries.findByMessageIdInOrderByAtAscIdAsc(
                        found.stream().map(PatientMessage::getId).toList()).stream()
                .collect(Collectors.groupingBy(MessageDelivery::getMessageId,
                        Collectors.mapping(d -> new DeliveryLine.Step(d.getAt(), d.getStep(), d.getDetail()),
                                Collectors.toList())));
        return found.stream().map(m -> new DeliveryLine(m.getId(), m.getVisitId(), m.getType(), m.getChannel(),
                m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(), m.getAttempts(), m.getCreatedAt(),
                m.getSentAt(), m.getLastError(), steps.getOrDefault(m.getId(), List.of()))).toList();
    }
}
