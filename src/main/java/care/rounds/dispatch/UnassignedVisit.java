package care.rounds.dispatch;

import care.rounds.visits.InfusionVisit;

/** A visit of the day nobody takes yet, and the planner's reason (or what to do when there is none). */
public record UnassignedVisit(InfusionVisit visit, String reason) {
}
