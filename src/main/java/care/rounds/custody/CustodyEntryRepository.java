package care.rounds.custody;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface CustodyEntryRepository extends JpaRepository<CustodyEntry, Long> {

    List<CustodyEntry> findByDayBetweenOrderByIdAsc(LocalDate from, LocalDate to);

    @Query("select e from CustodyEntry e where e.signOutId in :signOuts or e.id in :signOuts order by e.id")
    List<CustodyEntry> ofSignOuts(Collection<Long> signOuts);

    @Query("select e from CustodyEntry e where e.kitId = :kitId order by e.id")
    List<CustodyEntry> ofKit(long kitId);

    /** Ids of the sign-outs of days before {@code before}, oldest first. */
    @Query("select e.id from CustodyEntry e where e.day < :before and e.kind = care.rounds.custody.EntryKind.SIGNED_OUT order by e.day, e.id")
    List<Long> signOutsBefore(LocalDate before);
}
