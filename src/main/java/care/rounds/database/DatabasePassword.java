package care.rounds.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded database's superuser password: random, made once, kept in a file only its owner can
 * read (beside the data folder, not in it, so initdb finds an empty folder). Losing the file does not
 * lose data: the next start sets a new one.
 */
final class DatabasePassword {

    private DatabasePassword() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Files.createDirectories(file.getParent());
        Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".new"), password + "\n",
                StandardCharsets.UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return password;
    }
}
