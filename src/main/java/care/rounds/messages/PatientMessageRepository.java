package care.rounds.messages;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PatientMessageRepository extends JpaRepository<PatientMessage, Long> {

    /** Due messages, oldest first; a message left SENDING by a stopped application is due again after its lease. */
    @Query(value = """
            select * from patient_message
            where (status = 'QUEUED' and next_attempt_at <= :now) or (status = 'SENDING' and next_attempt_at <= :leaseExpired)
            order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
    List<PatientMessage> lockDue(Instant now, Instant leaseExpired, int limit);

    /**
     * Withdraws the message if it is still waiting; one the sender already took goes out. No version
     * check on purpose: the visit change that withdraws it must never fail because the sender was busy.
     */
    @Modifying
    @Query(value = "update patient_message set status = 'WITHDRAWN', last_error = :reason where id = :id and status = 'QUEUED'",
            nativeQuery = true)
    int withdrawIfQueued(long id, String reason);

    boolean existsByDedupeKey(String dedupeKey);

    Optional<PatientMessage> findByDedupeKey(String dedupeKey);

    List<PatientMessage> findByPatientIdOrderByCreatedAtDescIdDesc(long patientId);

    List<PatientMessage> findByVisitIdOrderByCreatedAtDescIdDesc(long visitId);

    List<PatientMessage> findByVisitIdAndTypeAndStatus(long visitId, MessageType type, MessageStatus status);

    long countByVisitIdAndTypeAndStatus(long visitId, MessageType type, MessageStatus status);

    List<PatientMessage> findByPlanIdAndTypeAndStatus(long planId, MessageType type, MessageStatus status);

    List<PatientMessage> findByChannelAndRecipient(Channel channel, String recipient);

    List<PatientMessage> findByPatientIdAndChannelAndStatusIn(long patientId, Channel channel,
                                                              Collection<MessageStatus> statuses);
}
