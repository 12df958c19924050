package kmsecrets.bootstrap.admin;

import kmsecrets.application.port.in.VerifyAuditTrailQuery;
import kmsecrets.application.port.in.SearchAuditEventsQuery;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.in.Verification;
import kmsecrets.domain.audit.AuditEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kmsecrets audit tail|search|verify}. */
@Command(name = "audit", description = "Read and verify the audit trail.",
        subcommands = {AuditCommands.Tail.class, AuditCommands.Search.class, AuditCommands.Verify.class})
public final class AuditCommands {
    static void print(PrintWriter out, AuditEvent e) {
        out.println(String.join("\t", e.at().toString(), e.requestId(), e.action(), e.result(), e.principal(),
                e.accessKeyId(), e.resource(), e.sourceIp(), e.userAgent()));
    }

    @Command(name = "tail", description = "The newest events, newest first.",
            footer = {"", "Example:", "  kmsecrets audit tail -n 50"})
    static final class Tail extends AdminCommand {
        @Option(names = {"-n", "--lines"}, defaultValue = "20")
        int lines;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.searchAudit.search(new SearchAuditEventsQuery(Optional.empty(), Optional.empty(),
                    Optional.empty(), lines))
                    .forEach(e -> print(out, e));
        }
    }

    @Command(name = "search", description = "Events by time, action and user, newest first.",
            footer = {"", "Example:", "  kmsecrets audit search --since 2026-11-28T10:00:00Z --action GetSecretValue --user alice"})
    static final class Search extends AdminCommand {
        @Option(names = "--since", description = "e.g. 2026-11-28T10:00:00Z")
        Instant since;

        @Option(names = "--action", description = "e.g. GetSecretValue")
        String action;

        @Option(names = "--user", description = "principal: a user name, or root")
        String user;

        @Option(names = "--limit", defaultValue = "1000")
        int limit;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.searchAudit.search(new SearchAuditEventsQuery(Optional.ofNullable(since), Optional.ofNullable(action),
                    Optional.ofNullable(user), limit)).forEach(e -> print(out, e));
        }
    }

    @Command(name = "verify", description = "Recompute the hash chain; exit 1 if any event was altered or removed.",
            footer = {"", "Example:", "  kmsecrets audit verify"})
    static final class Verify extends AdminCommand {
        @Override
        void run(AdminContext context, PrintWriter out) {
            Verification v = context.verifyAudit.verify(new VerifyAuditTrailQuery());
            if (v.intact()) {
                out.println("audit trail intact: " + v.checked() + " events");
            } else {
                out.println("audit trail BROKEN at chain position " + v.firstBrokenPosition().orElseThrow()
                        + " (after " + (v.checked() - 1) + " intact events)");
                throw new AdminCommand.Failed();
            }
        }
    }
}
