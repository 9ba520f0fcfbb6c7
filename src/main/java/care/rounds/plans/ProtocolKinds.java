package care.rounds.plans;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Tells infusion series from the in-home assessment. The kind is column {@code treatment_protocol.kind}
 * (migration V16), read here rather than mapped on {@link TreatmentProtocol}: protocols created in code
 * get the column's default, a series of infusions, and only the migration seeds the assessment.
 */
public interface ProtocolKinds extends Repository<TreatmentProtocol, Long> {

    /** Active protocols a coordinator may book as a treatment series, by name. */
    @Query(value = "select * from treatment_protocol where active and kind = 'INFUSION_SERIES' order by name",
            nativeQuery = true)
    List<TreatmentProtocol> activeInfusionSeries();

    /** The protocol an in-home assessment visit follows: one visit by an MD or NP. */
    @Query(value = "select * from treatment_protocol where active and kind = 'ASSESSMENT' order by id limit 1",
            nativeQuery = true)
    Optional<TreatmentProtocol> inHomeAssessment();

    @Query(value = "select count(*) > 0 from treatment_protocol where id = :protocolId and kind = 'ASSESSMENT'",
            nativeQuery = true)
    boolean isAssessment(long protocolId);
}
