package care.rounds.intake;

import care.rounds.intake.internal.ProofOfWork;

import java.time.Duration;

/** Requests as the public form's script sends them: with a proof of work for a form opened a minute ago. */
public final class ProvenRequests {

    private ProvenRequests() {
    }

    public static String proof(ProofOfWork proofOfWork) {
        return ProofOfWork.solve(proofOfWork.challengeFetched(Duration.ofMinutes(1)));
    }
}
