package care.rounds.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Why a visit is where it is, or unassigned, as of the last run that included it (or a roster change). */
@Entity
@Table(name = "visit_explanation")
class VisitExplanation {

    @Id
    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "planner_run_id")
    private Long plannerRunId;

    @Column(nullable = false)
    private String sentence;

    @Column(name = "explained_at", nullable = false)
    private Instant explainedAt;

    protected VisitExplanation() {
    }

    VisitExplanation(long visitId, Long plannerRunId, String sentence, Instant explainedAt) {
        this.visitId = visitId;
        this.plannerRunId = plannerRunId;
        this.sentence = sentence.length() > 1000 ? sentence.substring(0, 1000) : sentence;
        this.explainedAt = explainedAt;
    }

    Long getVisitId() {
        return visitId;
    }

    String getSentence() {
        return sentence;
    }
}
