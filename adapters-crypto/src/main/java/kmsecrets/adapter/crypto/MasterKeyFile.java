package kmsecrets.adapter.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the master key from a file holding 32 random bytes in Base64, creating the file (mode 0600) when it is
 * absent. Losing this file makes every stored secret unreadable: back it up apart from the database.
 */
public final class MasterKeyFile {
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFile.class);

    private MasterKeyFile() {
    }

    /** Loads an existing master key; administration commands never create one (it would not match the data). */
    public static MasterKey load(Path file, SecureRandom random) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("no master key at " + file.toAbsolutePath()
                    + "; run the service once, or set KMS_MASTER_KEY_FILE to its key");
        }
        return loadOrCreate(file, random);
    }

    public static MasterKey loadOrCreate(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                create(file, random);
            }
            byte[] material = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (material.length != AesGcm.KEY_BYTES) {
                throw new IllegalStateException("master key file " + file + " must hold 32 bytes in Base64");
            }
            return new MasterKey(material, random);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read master key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("master key file " + file + " is not Base64", e);
        }
    }

    /** A master key given as its Base64 text (from KMS_MASTER_KEY); the text is never repeated in a message. */
    public static MasterKey fromBase64(String text, SecureRandom random) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("KMS_MASTER_KEY is not Base64");
        }
        try {
            if (material.length != AesGcm.KEY_BYTES) {
                throw new IllegalStateException("KMS_MASTER_KEY must hold 32 bytes in Base64");
            }
            return new MasterKey(material, random);
        } finally {
            AesGcm.wipe(material);
        }
    }

    private static void create(Path file, SecureRandom random) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] material = new byte[AesGcm.KEY_BYTES];
        random.nextBytes(material);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(material) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
        AesGcm.wipe(material);
        LOG.warn("Created a new master key at {}. Back it up apart from the database: without it no stored "
                + "secret can be read.", file.toAbsolutePath());
    }
}
