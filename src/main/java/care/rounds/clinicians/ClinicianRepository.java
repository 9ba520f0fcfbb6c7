package care.rounds.clinicians;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ClinicianRepository extends JpaRepository<Clinician, Long> {

    @Query("""
            select c from Clinician c
            where (:text = '' or lower(c.fullName) like lower(concat('%', :text, '%')))
              and (:credential is null or c.credential = :credential)
            """)
    Page<Clinician> search(String text, Credential credential, Pageable pageable);

    @Query("""
            select count(c) from Clinician c
            where (:text = '' or lower(c.fullName) like lower(concat('%', :text, '%')))
              and (:credential is null or c.credential = :credential)
            """)
    long countSearch(String text, Credential credential);

    List<Clinician> findByActiveTrueOrderByFullName();
}
