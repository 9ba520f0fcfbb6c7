package care.rounds.messages;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox's sender and the reminders run on Spring's scheduler. */
@Configuration
@EnableScheduling
class MessagesConfiguration {
}
