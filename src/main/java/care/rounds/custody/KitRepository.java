package care.rounds.custody;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface KitRepository extends JpaRepository<Kit, Long> {

    Optional<Kit> findByNumberIgnoreCase(String number);
}
