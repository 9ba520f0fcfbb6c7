package care.rounds.messages;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface MessageDeliveryRepository extends JpaRepository<MessageDelivery, Long> {

    List<MessageDelivery> findByMessageIdInOrderByAtAscIdAsc(Collection<Long> messageIds);

    List<MessageDelivery> findByMessageIdOrderByAtAscIdAsc(long messageId);
}
