package care.rounds.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.Set;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByRole(Role role);

    boolean existsByClinicianId(long clinicianId);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select u.clinicianId from AppUser u where u.clinicianId is not null")
    Set<Long> clinicianIdsWithLogin();
}
