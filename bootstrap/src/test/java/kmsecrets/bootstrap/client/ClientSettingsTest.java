package kmsecrets.bootstrap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which setting wins: the command line, then the environment, then the profile file, then the default address. */
class ClientSettingsTest {
    @TempDir
    Path folder;

    private Map<String, String> withProfiles() throws Exception {
        Path file = Files.writeString(folder.resolve("config"), """
                [default]
                endpoint = http://file-default:8080
                access_key_id = file-id
                access_key_secret = file-secret
                ; another profile
                [staging]
                endpoint = https://staging.example:8443
                access_key_id = staging-id
                access_key_secret = staging-secret
                """);
        return new HashMap<>(Map.of("KMS_CONFIG_FILE", file.toString()));
    }

    @Test
    void theDefaultProfileServesWhenNothingElseIsSet() throws Exception {
        ClientSettings settings = ClientSettings.resolve(null, null, withProfiles());
        assertThat(settings.endpoint().toString()).isEqualTo("http://file-default:8080/");
        assertThat(settings.accessKeyId()).isEqualTo("file-id");
        assertThat(settings.accessKeySecret()).isEqualTo("file-secret");
    }

    @Test
    void theEnvironmentWinsOverTheFileAndTheCommandLineOverBoth() throws Exception {
        Map<String, String> env = withProfiles();
        env.put("KMS_ENDPOINT", "http://from-env:9000");
        env.put("KMS_ACCESS_KEY_ID", "env-id");
        env.put("KMS_ACCESS_KEY_SECRET", "env-secret");
        ClientSettings fromEnv = ClientSettings.resolve(null, "staging", env);
        assertThat(fromEnv.endpoint().getHost()).isEqualTo("from-env");
        assertThat(fromEnv.accessKeyId()).isEqualTo("env-id");
        assertThat(ClientSettings.resolve("http://from-option:1", null, env).endpoint().getHost())
                .isEqualTo("from-option");
    }

    @Test
    void aProfileIsChosenByOptionOrVariable() throws Exception {
        assertThat(ClientSettings.resolve(null, "staging", withProfiles()).accessKeyId()).isEqualTo("staging-id");
        Map<String, String> env = withProfiles();
        env.put("KMS_PROFILE", "staging");
        assertThat(ClientSettings.resolve(null, null, env).endpoint().getScheme()).isEqualTo("https");
        assertThatThrownBy(() -> ClientSettings.resolve(null, "prod", withProfiles()))
                .isInstanceOf(ClientSettings.Unusable.class).hasMessageContaining("'prod'");
    }

    @Test
    void withoutAFileTheDefaultAddressAndTheEnvironmentsKeyServe() {
        Map<String, String> env = Map.of("KMS_CONFIG_FILE", folder.resolve("absent").toString(),
                "KMS_ACCESS_KEY_ID", "id", "KMS_ACCESS_KEY_SECRET", "secret");
        assertThat(ClientSettings.resolve(null, null, env).endpoint().toString())
                .isEqualTo(ClientSettings.DEFAULT_ENDPOINT + "/");
    }

    @Test
    void whatCannotWorkIsSaidNamingTheSetting() {
        Map<String, String> noFile = Map.of("KMS_CONFIG_FILE", folder.resolve("absent").toString());
        assertThatThrownBy(() -> ClientSettings.resolve(null, null, noFile))
                .isInstanceOf(ClientSettings.Unusable.class).hasMessageContaining("KMS_ACCESS_KEY_ID");
        Map<String, String> idOnly = Map.of("KMS_CONFIG_FILE", folder.resolve("absent").toString(),
                "KMS_ACCESS_KEY_ID", "id");
        assertThatThrownBy(() -> ClientSettings.resolve(null, null, idOnly))
                .hasMessageContaining("KMS_ACCESS_KEY_SECRET");
        Map<String, String> badEndpoint = Map.of("KMS_CONFIG_FILE", folder.resolve("absent").toString(),
                "KMS_ACCESS_KEY_ID", "id", "KMS_ACCESS_KEY_SECRET", "s", "KMS_ENDPOINT", "ftp://host");
        assertThatThrownBy(() -> ClientSettings.resolve(null, null, badEndpoint)).hasMessageContaining("KMS_ENDPOINT");
    }

    @Test
    void theSecretIsNeverInItsText() {
        ClientSettings settings = new ClientSettings(java.net.URI.create("http://h:1/"), "id", "the-secret-itself");
        assertThat(settings.toString()).contains("id").doesNotContain("the-secret-itself");
    }
}
