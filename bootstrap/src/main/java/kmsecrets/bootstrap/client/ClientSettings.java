package kmsecrets.bootstrap.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the client mode sends its calls and which access key signs them. Each setting comes from the first of: the
 * command line ({@code --endpoint}, {@code --profile}), the environment ({@code KMS_ENDPOINT},
 * {@code KMS_ACCESS_KEY_ID}, {@code KMS_ACCESS_KEY_SECRET}, {@code KMS_PROFILE}), the profile's section of the
 * profile file ({@code KMS_CONFIG_FILE}, default {@code ~/.kmsecrets/config}), and for the endpoint only the
 * service's default address.
 * <pre>
 * [default]
 * endpoint = http://127.0.0.1:8080
 * access_key_id = LTAI…
 * access_key_secret = …
 * </pre>
 */
public record ClientSettings(URI endpoint, String accessKeyId, String accessKeySecret) {
    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:8080";

    public ClientSettings {
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())
                || endpoint.getHost() == null) {
            throw new Unusable("the endpoint " + endpoint + " is not an http:// or https:// address (KMS_ENDPOINT)");
        }
    }

    /** Settings that cannot be used as given: the message names what to set. */
    public static final class Unusable extends RuntimeException {
        public Unusable(String message) {
            super(message);
        }
    }

    @Override
    public String toString() {   // never the secret
        return "ClientSettings[endpoint=" + endpoint + ", accessKeyId=" + accessKeyId + "]";
    }

    /**
     * Resolves the settings; {@code endpointOption} and {@code profileOption} are the command line's (null when
     * not given).
     */
    public static ClientSettings resolve(String endpointOption, String profileOption, Map<String, String> env) {
        String profile = first(profileOption, env.get("KMS_PROFILE")).orElse("default");
        Path file = first(env.get("KMS_CONFIG_FILE"), null).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".kmsecrets", "config"));
        Map<String, String> section = section(file, profile);
        if (section.isEmpty() && (profileOption != null || env.containsKey("KMS_PROFILE"))) {
            throw new Unusable("the profile '" + profile + "' is not in " + file + " (KMS_CONFIG_FILE, --profile)");
        }
        String endpoint = first(endpointOption, env.get("KMS_ENDPOINT")).or(() -> first(section.get("endpoint"),
                null)).orElse(DEFAULT_ENDPOINT);
        String id = first(env.get("KMS_ACCESS_KEY_ID"), section.get("access_key_id")).orElseThrow(() ->
                new Unusable("no access key: set KMS_ACCESS_KEY_ID and KMS_ACCESS_KEY_SECRET, or write them into "
                        + file + " (see --help)"));
        String secret = first(env.get("KMS_ACCESS_KEY_SECRET"), section.get("access_key_secret")).orElseThrow(() ->
                new Unusable("KMS_ACCESS_KEY_ID is set but KMS_ACCESS_KEY_SECRET is not"));
        URI uri;
        try {
            uri = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
        } catch (IllegalArgumentException e) {
            throw new Unusable("the endpoint " + endpoint + " is not an address (KMS_ENDPOINT)");
        }
        return new ClientSettings(uri, id, secret);
    }

    private static Optional<String> first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return Optional.of(a.trim());
        }
        return b != null && !b.isBlank() ? Optional.of(b.trim()) : Optional.empty();
    }

    /** The {@code name = value} lines under {@code [profile]}; empty when the file or the section is missing. */
    static Map<String, String> section(Path file, String profile) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        String current = null;
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = line.substring(1, line.length() - 1).strip();
                    continue;
                }
                int eq = line.indexOf('=');
                if (profile.equals(current) && eq > 0) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new Unusable("the profile file " + file + " cannot be read: " + e.getMessage());
        }
        return values;
    }
}
