package care.rounds.plans;

/**
 * A treatment protocol was saved by the manager: published inside the saving transaction, so pinned visits are
 * checked again with the clinic's rules as they now stand.
 */
public record ProtocolSaved(long protocolId) {
}
