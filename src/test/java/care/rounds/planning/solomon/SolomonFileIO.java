package care.rounds.planning.solomon;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;
import care.rounds.planning.InfusionSchedule;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Lets Timefold's benchmarker read Solomon instances straight from their published text files. */
public class SolomonFileIO implements SolutionFileIO<InfusionSchedule> {

    @Override
    public String getInputFileExtension() {
        return "txt";
    }

    @Override
    public InfusionSchedule read(File inputSolutionFile) {
        try {
            return SolomonProblem.toSchedule(SolomonInstance.read(inputSolutionFile.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(InfusionSchedule solution, File outputSolutionFile) {
        throw new UnsupportedOperationException("Solomon mode writes routes with SolomonCommand, not here.");
    }
}
