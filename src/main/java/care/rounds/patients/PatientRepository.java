package care.rounds.patients;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long> {

    @Query("""
            select p from Patient p
            where :text = '' or lower(p.fullName) like lower(concat('%', :text, '%'))
               or p.phone like concat('%', :text, '%')
               or lower(p.homeAddress) like lower(concat('%', :text, '%'))
            """)
    Page<Patient> search(String text, Pageable pageable);

    @Query("""
            select count(p) from Patient p
            where :text = '' or lower(p.fullName) like lower(concat('%', :text, '%'))
               or p.phone like concat('%', :text, '%')
               or lower(p.homeAddress) like lower(concat('%', :text, '%'))
            """)
    long countSearch(String text);

    @Query("select distinct substring(p.postalCode, 1, 5) from Patient p where length(p.postalCode) >= 5")
    java.util.List<String> homeZipCodes();
}
