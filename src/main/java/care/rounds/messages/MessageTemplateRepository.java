package care.rounds.messages;

import org.springframework.data.jpa.repository.JpaRepository;

interface MessageTemplateRepository extends JpaRepository<MessageTemplate, MessageType> {
}
