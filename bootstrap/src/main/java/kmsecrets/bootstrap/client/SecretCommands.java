package kmsecrets.bootstrap.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kmsecrets secret create|get|put|list|describe|versions|rotate|delete|restore}: the API, from a shell. */
@Command(name = "secret", description = "Read and write secrets of a running service through its API "
        + "(KMS_ENDPOINT, KMS_ACCESS_KEY_ID, KMS_ACCESS_KEY_SECRET).",
        subcommands = {SecretCommands.Create.class, SecretCommands.Get.class, SecretCommands.Put.class,
                SecretCommands.ListSecrets.class, SecretCommands.Describe.class, SecretCommands.Versions.class,
                SecretCommands.Rotate.class, SecretCommands.Delete.class, SecretCommands.Restore.class})
public final class SecretCommands {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretCommands() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    @Command(name = "create", description = "Create a secret with its first version (CreateSecret).",
            footer = {"", "Example:", "  printf %s \"$DB_PASSWORD\" | kmsecrets secret create app/db --value-file -"})
    static final class Create extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        SecretValue value;

        @Option(names = "--description")
        String description;

        @Option(names = "--key", paramLabel = "KEY", description = "the customer key (id, alias or ARN) that "
                + "encrypts it; default: the account's default key")
        String key;

        @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "a tag (repeatable)")
        List<String> tags = new ArrayList<>();

        @Option(names = "--version-id", description = "the first version's id (default: a random one)")
        String versionId;

        @Option(names = "--type", description = "SecretType: Generic (default), Rds, Redis")
        String type;

        @Option(names = "--extended-config", paramLabel = "JSON", description = "ExtendedConfig of a managed secret")
        String extendedConfig;

        @Override
        void run(PrintWriter out) {
            Map<String, String> p = new LinkedHashMap<>(value.parameters(System.in));
            p.put("SecretName", name);
            p.put("VersionId", versionId != null ? versionId : UUID.randomUUID().toString());
            putIfGiven(p, "Description", description);
            putIfGiven(p, "EncryptionKeyId", key);
            putIfGiven(p, "SecretType", type);
            putIfGiven(p, "ExtendedConfig", extendedConfig);
            if (!tags.isEmpty()) {
                List<Map<String, String>> list = new ArrayList<>();
                for (String tag : tags) {
                    int eq = tag.indexOf('=');
                    if (eq <= 0) {
                        throw new Usage("--tag takes KEY=VALUE, not " + tag);
                    }
                    list.add(Map.of("TagKey", tag.substring(0, eq), "TagValue", tag.substring(eq + 1)));
                }
                p.put("Tags", json(list));
            }
            print(out, call("CreateSecret", p));
        }
    }

    /** Which version: by stage label (default ACSCurrent) or by id. */
    static final class WhichVersion {
        @Option(names = "--version-id", description = "a version id")
        String versionId;

        @Option(names = "--stage", description = "a stage label (default: ACSCurrent)")
        String stage;

        void addTo(Map<String, String> p) {
            putIfGiven(p, "VersionId", versionId);
            putIfGiven(p, "VersionStage", stage);
        }
    }

    @Command(name = "get", description = "Print a secret's value (GetSecretValue): text as it is, binary as base64 "
            + "(or its bytes into --output).", footer = {"", "Example:",
            "  kmsecrets secret get app/db --stage ACSPrevious"})
    static final class Get extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        WhichVersion version;

        @Option(names = "--output", paramLabel = "FILE", description = "write the value (a binary one as its bytes) "
                + "into FILE, readable by its owner only, instead of printing it")
        Path output;

        @Override
        void run(PrintWriter out) {
            Map<String, String> p = new LinkedHashMap<>(Map.of("SecretName", name));
            version.addTo(p);
            JsonNode reply = call("GetSecretValue", p);
            String data = reply.path("SecretData").asText();
            boolean binary = "binary".equals(reply.path("SecretDataType").asText());
            if (output != null) {
                write(output, binary ? Base64.getDecoder().decode(data) : data.getBytes(StandardCharsets.UTF_8));
            } else if (json) {
                printJson(out, reply);
            } else {
                out.println(data);
            }
        }

        /** Created owner-only before the value goes in; an existing file keeps its permissions. */
        private static void write(Path file, byte[] value) {
            try {
                if (!Files.exists(file)) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                }
                Files.write(file, value, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            } catch (IOException | UnsupportedOperationException e) {
                throw new Usage("cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "put", description = "Store a new version of a secret (PutSecretValue); it becomes ACSCurrent "
            + "unless --stage says otherwise.", footer = {"", "Example:",
            "  kmsecrets secret put app/db --value-file new-password.txt"})
    static final class Put extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Mixin
        SecretValue value;

        @Option(names = "--version-id", description = "the new version's id, the idempotency token of a retry "
                + "(default: a random one)")
        String versionId;

        @Option(names = "--stage", description = "a stage label of the new version (repeatable; default ACSCurrent)")
        List<String> stages = new ArrayList<>();

        @Override
        void run(PrintWriter out) {
            Map<String, String> p = new LinkedHashMap<>(value.parameters(System.in));
            p.put("SecretName", name);
            p.put("VersionId", versionId != null ? versionId : UUID.randomUUID().toString());
            if (!stages.isEmpty()) {
                p.put("VersionStages", json(stages));
            }
            print(out, call("PutSecretValue", p));
        }
    }

    @Command(name = "list", description = "List secrets (ListSecrets), every page.",
            footer = {"", "Example:", "  kmsecrets secret list --name app/"})
    static final class ListSecrets extends ClientCommand {
        @Option(names = "--name", description = "only secrets whose name contains this")
        String name;

        @Option(names = "--type", description = "only secrets of this SecretType")
        String type;

        @Override
        void run(PrintWriter out) {
            Map<String, String> p = new LinkedHashMap<>(Map.of("FetchTags", "false"));
            List<Map<String, Object>> filters = new ArrayList<>();
            if (name != null) {
                filters.add(Map.of("Key", "SecretName", "Values", List.of(name)));
            }
            if (type != null) {
                filters.add(Map.of("Key", "SecretType", "Values", List.of(type)));
            }
            if (!filters.isEmpty()) {
                p.put("Filters", json(filters));
            }
            List<JsonNode> secrets = everyPage("ListSecrets", p, "SecretList", "Secret");
            if (json) {
                printJson(out, tree(Map.of("SecretList", Map.of("Secret", secrets),
                        "TotalCount", secrets.size())));
                return;
            }
            for (JsonNode secret : secrets) {
                out.println(secret.path("SecretName").asText() + "\t" + secret.path("SecretType").asText() + "\t"
                        + secret.path("CreateTime").asText()
                        + (secret.has("PlannedDeleteTime") ? "\tdeletes " + secret.path("PlannedDeleteTime").asText()
                        : ""));
            }
        }
    }

    @Command(name = "describe", description = "Show a secret's metadata and tags (DescribeSecret), never its value.",
            footer = {"", "Example:", "  kmsecrets secret describe app/db"})
    static final class Describe extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(PrintWriter out) {
            print(out, call("DescribeSecret", Map.of("SecretName", name, "FetchTags", "true")));
        }
    }

    @Command(name = "versions", description = "List a secret's versions and their stage labels "
            + "(ListSecretVersionIds).", footer = {"", "Example:", "  kmsecrets secret versions app/db"})
    static final class Versions extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(PrintWriter out) {
            JsonNode reply = call("ListSecretVersionIds", Map.of("SecretName", name, "PageSize", "100",
                    "IncludeDeprecated", "true"));
            if (json) {
                printJson(out, reply);
                return;
            }
            for (JsonNode version : reply.path("VersionIds").path("VersionId")) {
                List<String> stages = new ArrayList<>();
                version.path("VersionStages").path("VersionStage").forEach(s -> stages.add(s.asText()));
                out.println(version.path("VersionId").asText() + "\t" + version.path("CreateTime").asText() + "\t"
                        + String.join(",", stages));
            }
        }
    }

    @Command(name = "rotate", description = "Rotate a managed secret now (RotateSecret).",
            footer = {"", "Example:", "  kmsecrets secret rotate rds/app"})
    static final class Rotate extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--version-id", description = "the new version's id, the idempotency token of a retry "
                + "(default: a random one)")
        String versionId;

        @Override
        void run(PrintWriter out) {
            print(out, call("RotateSecret", Map.of("SecretName", name, "VersionId",
                    versionId != null ? versionId : UUID.randomUUID().toString())));
        }
    }

    @Command(name = "delete", description = "Delete a secret after a recovery window (default 30 days), or at once "
            + "with --force (DeleteSecret).", footer = {"", "Example:",
            "  kmsecrets secret delete app/db --recovery-days 7"})
    static final class Delete extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @ArgGroup(exclusive = true)
        When when;

        static final class When {
            @Option(names = "--recovery-days", description = "7 to 30")
            Integer days;

            @Option(names = "--force", description = "delete now, without recovery")
            boolean force;
        }

        @Override
        void run(PrintWriter out) {
            Map<String, String> p = new LinkedHashMap<>(Map.of("SecretName", name));
            if (when != null && when.force) {
                p.put("ForceDeleteWithoutRecovery", "true");
            } else if (when != null && when.days != null) {
                p.put("RecoveryWindowInDays", String.valueOf(when.days));
            }
            print(out, call("DeleteSecret", p));
        }
    }

    @Command(name = "restore", description = "Cancel the deletion of a secret in its recovery window "
            + "(RestoreSecret).", footer = {"", "Example:", "  kmsecrets secret restore app/db"})
    static final class Restore extends ClientCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(PrintWriter out) {
            print(out, call("RestoreSecret", Map.of("SecretName", name)));
        }
    }

    static void putIfGiven(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
