package kmsecrets.bootstrap.admin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.domain.error.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs one administration step with a fresh context; refusals print their reason and exit with 1, arguments the
 * use case rejects exit with 2 (as picocli's own usage errors do).
 */
abstract class AdminCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        quietLog();
        PrintWriter out = spec.commandLine().getOut();
        try (AdminContext context = new AdminContext(Config.fromEnvironment(System.getenv()))) {
            run(context, out);
            out.flush();
            return 0;
        } catch (DomainException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return 1;
        } catch (jakarta.validation.ConstraintViolationException | IllegalArgumentException wrongArgument) {
            spec.commandLine().getErr().println("kmsecrets: " + wrongArgument.getMessage());
            return 2;
        } catch (Failed failed) {
            out.flush();
            return 1;
        }
    }

    /** The command has said why it failed; exit with 1. */
    static final class Failed extends RuntimeException {
        Failed() {
            super(null, null, false, false);
        }
    }

    abstract void run(AdminContext context, PrintWriter out);

    /** A file's text (UTF-8); one line saying why when it cannot be read, then exit 1. */
    String readFile(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("cannot read " + file + ": " + e.getMessage());
            throw new Failed();
        }
    }

    /**
     * A command prints what it did; its log (migrations, the embedded server starting) says only what went wrong,
     * unless KMS_LOG_LEVEL asks for more.
     */
    private static void quietLog() {
        if (System.getenv("KMS_LOG_LEVEL") == null
                && LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
