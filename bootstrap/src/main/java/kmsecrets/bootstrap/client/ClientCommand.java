package kmsecrets.bootstrap.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kmsecrets.bootstrap.wiring.Version;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One client-mode command: resolves the settings, makes its API calls and prints the result, as text or, with
 * {@code --json}, as the API's reply. Exit codes: 0 done; 1 the service refused (its error code, message and
 * RequestId on standard error); 2 a usage or settings mistake; 3 the service could not be reached or is
 * temporarily unavailable (worth retrying).
 */
abstract class ClientCommand implements Callable<Integer> {
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "the service's address (default: KMS_ENDPOINT, the profile's, or http://127.0.0.1:8080)")
    String endpoint;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "a section of the profile file (default: KMS_PROFILE, or 'default')")
    String profile;

    @Option(names = "--json", description = "print the API's reply as JSON")
    boolean json;

    private ApiClient api;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            api = new ApiClient(ClientSettings.resolve(endpoint, profile, System.getenv()), Version.current());
            run(out);
            return 0;
        } catch (ClientSettings.Unusable | Usage e) {
            err.println("kmsecrets: " + e.getMessage());
            return USAGE;
        } catch (ApiClient.Refused e) {
            err.println(e.code + ": " + e.getMessage() + " (RequestId " + e.requestId + ")");
            return REFUSED;
        } catch (ApiClient.Unavailable e) {
            err.println("kmsecrets: " + e.getMessage());
            return UNAVAILABLE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    abstract void run(PrintWriter out);

    /** A mistake in the command's arguments that picocli's parsing cannot see. */
    static final class Usage extends RuntimeException {
        Usage(String message) {
            super(message, null, false, false);
        }
    }

    JsonNode call(String action, Map<String, String> parameters) {
        return api.call(action, parameters);
    }

    /**
     * Every item of a paged listing ({@code container.item} of each reply, 100 a page), page after page until
     * {@code TotalCount} items are in or a page comes back empty.
     */
    List<JsonNode> everyPage(String action, Map<String, String> parameters, String container, String item) {
        Map<String, String> page = new java.util.LinkedHashMap<>(parameters);
        page.put("PageSize", "100");
        List<JsonNode> items = new ArrayList<>();
        for (int number = 1; ; number++) {
            page.put("PageNumber", String.valueOf(number));
            JsonNode reply = call(action, page);
            JsonNode these = reply.path(container).path(item);
            these.forEach(items::add);
            if (these.isEmpty() || items.size() >= reply.path("TotalCount").asLong()) {
                return items;
            }
        }
    }

    /** Prints the reply: as JSON with {@code --json}, else each field as {@code Name: value}, without RequestId. */
    void print(PrintWriter out, JsonNode reply) {
        if (json) {
            printJson(out, reply);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        flatten("", reply, rows);
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            out.println(row[0] + ":" + " ".repeat(width - row[0].length() + 1) + row[1]);
        }
    }

    void printJson(PrintWriter out, JsonNode reply) {
        try {
            out.println(JSON.writeValueAsString(reply));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, JsonNode node, List<String[]> rows) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (!(prefix.isEmpty() && field.getKey().equals("RequestId"))) {
                    flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), rows);
                }
            });
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode item : node) {
                scalars &= item.isValueNode();
            }
            if (scalars) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.asText()));
                rows.add(new String[] {prefix, String.join(", ", items)});
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(prefix + "[" + i + "]", node.get(i), rows);
                }
            }
        } else {
            rows.add(new String[] {prefix, node.asText()});
        }
    }
}
