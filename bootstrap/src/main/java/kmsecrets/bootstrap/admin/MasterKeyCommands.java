package kmsecrets.bootstrap.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import kmsecrets.application.port.in.MasterKeyRotation;
import kmsecrets.application.port.in.MasterKeyStatus;
import kmsecrets.application.port.in.MasterKeyStatusQuery;
import kmsecrets.application.port.in.RetireMasterKeyCommand;
import kmsecrets.application.port.in.RewrapBatch;
import kmsecrets.application.port.in.RewrapBlobsCommand;
import kmsecrets.application.port.in.StartMasterKeyRotationCommand;
import kmsecrets.domain.secret.SecretValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kmsecrets master-key rotate|status|retire}. */
@Command(name = "master-key", description = "Rotate the master key online, see which keys are in use, retire old ones.",
        subcommands = {MasterKeyCommands.Rotate.class, MasterKeyCommands.Status.class, MasterKeyCommands.Retire.class})
public final class MasterKeyCommands {
    private MasterKeyCommands() {
    }

    static void print(PrintWriter out, MasterKeyStatus status) {
        out.println("KEY ID            ROLE       BLOBS");
        for (MasterKeyStatus.Key key : status.keys()) {
            String role = key.primary() ? "primary" : key.mayBeRetired() ? "retirable" : "in use";
            out.printf("%-17s %-10s %d%s%n", key.keyId(), role, key.blobs(), key.own() ? "   (this command's key)" : "");
        }
        if (status.blobsOfUnknownKeys() > 0) {
            out.println(status.blobsOfUnknownKeys() + " blobs are wrapped by a key this command's key does not lead to");
        }
    }

    @Command(name = "rotate", description = "Re-wrap everything the master key protects under a new key, while the "
            + "service keeps serving. Run it with the current key (KMS_MASTER_KEY_FILE or KMS_MASTER_KEY); killed, "
            + "run it again with the same arguments. Then give every node the new key and restart it.",
            footer = {"", "Example:", "  head -c 32 /dev/urandom | base64 > new.key && kmsecrets master-key rotate "
                    + "--new-key-file new.key --rate 500"})
    static final class Rotate extends AdminCommand {
        @Option(names = "--new-key-file", required = true, description = "the new key: 32 random bytes in Base64")
        Path newKeyFile;

        @Option(names = "--batch-size", defaultValue = "100", description = "blobs read and re-wrapped per step "
                + "(default 100)")
        int batchSize;

        @Option(names = "--rate", defaultValue = "0", description = "at most this many blobs a second, to spare the "
                + "database (default 0: as fast as it goes)")
        int rate;

        @Override
        void run(AdminContext context, PrintWriter out) {
            MasterKeyRotation rotation = context.startMasterKeyRotation.start(
                    new StartMasterKeyRotationCommand(readKey(newKeyFile)));
            out.println("master key " + rotation.toKeyId() + " is primary: every node wraps new blobs under it from "
                    + "now on" + (rotation.fromKeyId().equals(rotation.toKeyId()) ? "" : " (it was "
                    + rotation.fromKeyId() + ")") + "; re-wrapping every other blob under it");
            out.flush();
            long started = System.nanoTime();
            long nodesFollowed = started + NODES_FOLLOW.toNanos();
            long total = 0;
            for (int pass = 1; ; pass++) {
                long rewrapped = 0;
                long changed = 0;
                Optional<RewrapBatch.Cursor> cursor = Optional.empty();
                do {
                    RewrapBatch batch = context.rewrapBlobs.rewrap(new RewrapBlobsCommand(cursor, batchSize));
                    rewrapped += batch.rewrapped();
                    changed += batch.changedMeanwhile();
                    total += batch.rewrapped();
                    if (batch.rewrapped() > 0) {
                        out.println("pass " + pass + ": re-wrapped " + rewrapped + " blobs");
                        out.flush();
                    }
                    pace(total, started);
                    cursor = batch.next();
                } while (cursor.isPresent());
                if (rewrapped == 0 && changed == 0) {
                    if (System.nanoTime() >= nodesFollowed) {
                        break;
                    }
                    sleepUntil(nodesFollowed);   // then one more pass: a node may have wrapped under the old key
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("done: %d blobs re-wrapped in %.1f s; every blob is wrapped by %s%n", total, seconds,
                    rotation.toKeyId());
            MasterKeyStatus status = context.masterKeyStatus.status(new MasterKeyStatusQuery());
            print(out, status);
            status.keys().stream().filter(MasterKeyStatus.Key::mayBeRetired).forEach(old -> out.println("Next: give "
                    + "every node the new key (KMS_MASTER_KEY_FILE or KMS_MASTER_KEY) and restart it; then run "
                    + "'master-key retire " + old.keyId() + "' with the new key, and destroy the old key and its "
                    + "backups."));
        }

        /**
         * How long after the switch every running node wraps under the new key: each reads the primary key every
         * 5 s. The command makes passes at least this long, so a blob wrapped meanwhile under the old key is taken.
         */
        private static final java.time.Duration NODES_FOLLOW = java.time.Duration.ofSeconds(12);

        private static void sleepUntil(long nanoTime) {
            long millis = (nanoTime - System.nanoTime()) / 1_000_000;
            if (millis > 0) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
        }

        /** Holds the average at {@code --rate} blobs a second. */
        private void pace(long done, long startedNanos) {
            if (rate <= 0) {
                return;
            }
            long dueNanos = startedNanos + done * 1_000_000_000L / rate;
            long waitMillis = (dueNanos - System.nanoTime()) / 1_000_000;
            if (waitMillis > 0) {
                try {
                    Thread.sleep(waitMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
        }

        private SecretValue readKey(Path file) {
            byte[] material = null;
            try {
                material = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
                return SecretValue.of(material);
            } catch (IOException e) {
                throw new kmsecrets.bootstrap.wiring.StartupFailure("cannot read the new key " + file + ": "
                        + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new kmsecrets.bootstrap.wiring.StartupFailure("the new key " + file + " is not Base64", e);
            } finally {
                if (material != null) {
                    Arrays.fill(material, (byte) 0);
                }
            }
        }
    }

    @Command(name = "status", description = "The deployment's master keys and how many blobs each still wraps.",
            footer = {"", "Example:", "  kmsecrets master-key status"})
    static final class Status extends AdminCommand {
        @Override
        void run(AdminContext context, PrintWriter out) {
            print(out, context.masterKeyStatus.status(new MasterKeyStatusQuery()));
        }
    }

    @Command(name = "retire", description = "Forget a master key that is not primary and wraps nothing; nodes "
            + "started with it are refused afterwards, and the key may be destroyed.",
            footer = {"", "Example:", "  kmsecrets master-key retire 3f9c0a1b2c3d4e5f"})
    static final class Retire extends AdminCommand {
        @Parameters(paramLabel = "KEY_ID")
        String keyId;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.retireMasterKey.retire(new RetireMasterKeyCommand(keyId));
            out.println("retired master key " + keyId + ": it may be destroyed, with its backups");
        }
    }
}
