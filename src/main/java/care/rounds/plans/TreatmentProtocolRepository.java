package care.rounds.plans;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TreatmentProtocolRepository extends JpaRepository<TreatmentProtocol, Long> {

    List<TreatmentProtocol> findByActiveTrueOrderByName();

    List<TreatmentProtocol> findAllByOrderByActiveDescNameAsc();

    Optional<TreatmentProtocol> findByName(String name);
}
