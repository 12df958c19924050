package kmsecrets.bootstrap.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kmsecrets key create|list|describe|enable|disable|schedule-deletion|cancel-deletion}: the basics. */
@Command(name = "key", description = "Manage customer master keys of a running service through its API "
        + "(KMS_ENDPOINT, KMS_ACCESS_KEY_ID, KMS_ACCESS_KEY_SECRET).",
        subcommands = {KeyCommands.Create.class, KeyCommands.ListKeys.class, KeyCommands.Describe.class,
                KeyCommands.Enable.class, KeyCommands.Disable.class, KeyCommands.ScheduleDeletion.class,
                KeyCommands.CancelDeletion.class})
public final class KeyCommands {
    private KeyCommands() {
    }

    @Command(name = "create", description = "Create a symmetric key (CreateKey).",
            footer = {"", "Example:", "  kmsecrets key create --description \"payments\""})
    static final class Create extends ClientCommand {
        @Option(names = "--description")
        String description;

        @Override
        void run(PrintWriter out) {
            Map<String, String> p = new LinkedHashMap<>();
            SecretCommands.putIfGiven(p, "Description", description);
            print(out, call("CreateKey", p));
        }
    }

    @Command(name = "list", description = "List the account's keys (ListKeys), every page.",
            footer = {"", "Example:", "  kmsecrets key list"})
    static final class ListKeys extends ClientCommand {
        @Override
        void run(PrintWriter out) {
            List<JsonNode> keys = everyPage("ListKeys", Map.of(), "Keys", "Key");
            if (json) {
                printJson(out, SecretCommands.tree(Map.of("Keys", Map.of("Key", keys), "TotalCount", keys.size())));
                return;
            }
            keys.forEach(key -> out.println(key.path("KeyId").asText() + "\t" + key.path("KeyArn").asText()));
        }
    }

    /** The commands that name one key and show the API's reply. */
    abstract static class OneKey extends ClientCommand {
        @Parameters(paramLabel = "KEY", description = "key id, alias (alias/…) or ARN")
        String key;

        abstract String action();

        Map<String, String> parameters() {
            return Map.of("KeyId", key);
        }

        @Override
        void run(PrintWriter out) {
            print(out, call(action(), parameters()));
        }
    }

    @Command(name = "describe", description = "Show a key's metadata (DescribeKey).",
            footer = {"", "Example:", "  kmsecrets key describe alias/payments"})
    static final class Describe extends OneKey {
        @Override
        String action() {
            return "DescribeKey";
        }
    }

    @Command(name = "enable", description = "Enable a disabled key (EnableKey).",
            footer = {"", "Example:", "  kmsecrets key enable key-…"})
    static final class Enable extends OneKey {
        @Override
        String action() {
            return "EnableKey";
        }
    }

    @Command(name = "disable", description = "Disable a key: what it encrypts cannot be read until it is enabled "
            + "again (DisableKey).", footer = {"", "Example:", "  kmsecrets key disable key-…"})
    static final class Disable extends OneKey {
        @Override
        String action() {
            return "DisableKey";
        }
    }

    @Command(name = "schedule-deletion", description = "Schedule a key's deletion (ScheduleKeyDeletion).",
            footer = {"", "Example:", "  kmsecrets key schedule-deletion key-… --pending-days 30"})
    static final class ScheduleDeletion extends OneKey {
        @Option(names = "--pending-days", required = true, description = "7 to 366")
        int days;

        @Override
        String action() {
            return "ScheduleKeyDeletion";
        }

        @Override
        Map<String, String> parameters() {
            return Map.of("KeyId", key, "PendingWindowInDays", String.valueOf(days));
        }
    }

    @Command(name = "cancel-deletion", description = "Cancel a scheduled deletion (CancelKeyDeletion).",
            footer = {"", "Example:", "  kmsecrets key cancel-deletion key-…"})
    static final class CancelDeletion extends OneKey {
        @Override
        String action() {
            return "CancelKeyDeletion";
        }
    }
}
