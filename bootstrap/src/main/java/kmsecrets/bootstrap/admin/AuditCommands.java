package kmsecrets.bootstrap.admin;

import kmsecrets.application.port.in.VerifyAuditTrailQuery;
import kmsecrets.application.port.in.SearchAuditEventsQuery;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import kmsecrets.application.port.in.Verification;
import kmsecrets.application.port.in.AuditExportPage;
import kmsecrets.application.port.in.ExportAuditEventsQuery;
import kmsecrets.domain.audit.AuditEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kmsecrets audit tail|search|verify}. */
@Command(name = "audit", description = "Read and verify the audit trail.",
        subcommands = {AuditCommands.Tail.class, AuditCommands.Search.class, AuditCommands.Verify.class,
                AuditCommands.Export.class})
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
            String from = v.startedFrom().map(c -> " (older events were pruned: checked from the checkpoint at chain "
                    + "position " + c.position() + ", cut before " + c.cutBefore() + ")").orElse("");
            if (v.intact()) {
                out.println("audit trail intact: " + v.checked() + " events" + from);
            } else {
                out.println("audit trail BROKEN at chain position " + v.firstBrokenPosition().orElseThrow()
                        + " (after " + Math.max(0, v.checked() - 1) + " intact events)" + from);
                throw new AdminCommand.Failed();
            }
        }
    }

    @Command(name = "export", description = "Write sealed events as JSON Lines, in chain order, each with its chain "
            + "position and link; resume with --after the last position written; --follow keeps streaming.",
            footer = {"", "Example:", "  kmsecrets audit export --since 2026-12-01T00:00:00Z --follow >> audit.jsonl"})
    static final class Export extends AdminCommand {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();

        @Option(names = "--since", description = "events at or after this time, e.g. 2026-12-01T00:00:00Z")
        Instant since;

        @Option(names = "--until", description = "events before this time")
        Instant until;

        @Option(names = "--after", defaultValue = "0", description = "resume after this chain position (the last "
                + "one written)")
        long after;

        @Option(names = "--follow", description = "after the last sealed event, wait for more (until stopped)")
        boolean follow;

        @Override
        void run(AdminContext context, PrintWriter out) {
            long cursor = after;
            while (true) {
                AuditExportPage page = context.exportAudit.export(new ExportAuditEventsQuery(cursor,
                        Optional.ofNullable(since), Optional.ofNullable(until), 1_000));
                page.events().forEach(e -> out.println(line(e)));
                out.flush();
                cursor = page.cursor();
                if (page.complete() || page.atEnd() && !follow) {
                    return;
                }
                if (page.atEnd()) {
                    pause();
                }
            }
        }

        /** One event as a JSON object; field names are part of the README's contract. */
        static String line(AuditExportPage.ChainedEvent chained) {
            AuditEvent e = chained.event();
            java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("position", chained.position());
            fields.put("at", e.at().toString());
            fields.put("atEpochMillis", e.at().toEpochMilli());
            fields.put("requestId", e.requestId());
            fields.put("action", e.action());
            fields.put("resource", e.resource());
            fields.put("result", e.result());
            fields.put("accessKeyId", e.accessKeyId());
            fields.put("principal", e.principal());
            fields.put("sourceIp", e.sourceIp());
            fields.put("userAgent", e.userAgent());
            fields.put("link", java.util.HexFormat.of().formatHex(chained.link()));
            try {
                return JSON.writeValueAsString(fields);
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private static void pause() {
            try {
                Thread.sleep(1_000);   // the sealer runs every second
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdminCommand.Failed();
            }
        }
    }
}
