package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.kms20160120.Client;
import com.aliyun.kms20160120.models.CreateKeyRequest;
import com.aliyun.kms20160120.models.CreateSecretRequest;
import com.aliyun.kms20160120.models.DescribeKeyRequest;
import com.aliyun.kms20160120.models.DescribeSecretRequest;
import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.kms20160120.models.ListSecretVersionIdsRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmsecrets.adapter.rest.ConsoleHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web console in a real browser (Debian's Chromium, headless) against the packaged service: every click is a
 * signed API call made by the page, so each test checks the outcome through the SDK or the database server, not only
 * on the page. Screenshots of each page go to {@code target/console-screenshots/}.
 */
class ConsoleBrowserSystemTest {
    private static final String PASSWORD = "Console-pw-" + UUID.randomUUID();
    private static final Pattern KEY = Pattern.compile("AccessKeyId:\\s+(\\S+)\\s+AccessKeySecret:\\s+(\\S+)");
    @RegisterExtension
    static final SharedService node = SharedService.start().withInstance("console", "postgresql").withAccount(PASSWORD);

    @RegisterExtension
    static final Browser browser = new Browser();

    @AfterEach
    void signOutAndCheckThePageKeptNothing() {
        if (!browser.all("sign-out").isEmpty()) {
            browser.click("sign-out");
        }
        browser.find("sign-in-form");
        assertThat(browser.storage()).as("nothing in web storage or cookies after sign-out")
                .isEqualTo(Map.of("session", 0L, "local", 0L, "cookies", ""));
        assertThat(browser.consoleMessages()).as("no Content-Security-Policy violation or script error")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }

    private static String console() {
        return "http://127.0.0.1:" + node.service().httpPort + ConsoleHandler.PATH;
    }

    private static void signIn(String accessKeyId, String accessKeySecret) {
        browser.open(console());
        browser.type("access-key-id", accessKeyId);
        browser.type("access-key-secret", accessKeySecret);
        browser.click("sign-in");
        browser.find("signed-in-as");
    }

    private static void signInAsRoot() {
        signIn(ServiceProcess.ACCESS_KEY_ID, ServiceProcess.ACCESS_KEY_SECRET);
    }

    private static void go(String hash) {
        browser.driver().navigate().to(console() + hash);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String[] user(String name, String policy) throws Exception {
        ServiceProcess service = node.service();
        service.cli("user", "create", name);
        Matcher m = KEY.matcher(service.cli("access-key", "create", "--user", name));
        assertThat(m.find()).isTrue();
        service.cli("policy", "create", name + "-policy", "--document", policy);
        service.cli("policy", "attach", name + "-policy", "--user", name);
        return new String[] {m.group(1), m.group(2)};
    }

    private static String value(String secret) throws Exception {
        return node.tea().getSecretValue(new GetSecretValueRequest().setSecretName(secret)).getBody().getSecretData();
    }

    /**
     * The packaged jar serves the console on both listeners, protected. That every file the page loads is there, and
     * every response (errors included) carries the headers, is {@code ConsoleSliceTest}'s; the browser's own report
     * of CSP violations is checked after each test here.
     */
    @Test
    void thePackagedServiceServesTheProtectedConsoleOnBothListeners() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(trustingTheSelfSignedCertificate()).build();
        for (String base : List.of(console(), "https://127.0.0.1:" + node.service().httpsPort + ConsoleHandler.PATH)) {
            for (String file : List.of("", "js/app.js", "missing.js")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + file)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String what = base + file + " → " + response.statusCode();
                assertThat(response.statusCode()).as(what).isEqualTo(file.startsWith("missing") ? 404 : 200);
                assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                        .hasValue(ConsoleHandler.CONTENT_SECURITY_POLICY);
                assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
                assertThat(response.headers().firstValue("Set-Cookie")).as(what).isEmpty();
            }
        }
    }

    /** The service's self-signed certificate is made at its first start; this test only reads headers over TLS. */
    private static javax.net.ssl.SSLContext trustingTheSelfSignedCertificate() throws Exception {
        javax.net.ssl.X509TrustManager any = new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        };
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {any}, null);
        return context;
    }

    @Test
    void aWrongSecretIsRefusedAtSignInWithTheApisError() {
        browser.open(console());
        browser.type("access-key-id", ServiceProcess.ACCESS_KEY_ID);
        browser.type("access-key-secret", "not-the-secret");
        browser.click("sign-in");
        assertThat(browser.find("error-code").getText()).isEqualTo("SignatureDoesNotMatch");
        assertThat(browser.all("signed-in-as")).isEmpty();
    }

    @Test
    void rootCreatesPutsMovesRevealsDeletesAndRestoresASecret() throws Exception {
        String name = unique("console/app");
        String first = "canary-first-" + UUID.randomUUID();
        String second = "canary-second-" + UUID.randomUUID();
        signInAsRoot();
        browser.awaitText("secrets");
        browser.screenshot("dashboard");

        browser.click("nav-create");
        new Select(browser.find("create-type")).selectByValue("Generic");
        browser.type("create-SecretName", name);
        browser.type("create-Description", "made in the console");
        browser.type("create-SecretData", first);
        browser.type("create-tag-key", "team");
        browser.type("create-tag-value", "payments");
        browser.click("create-submit");
        assertThat(browser.find("secret-name").getText()).isEqualTo(name);
        browser.find("reveal");
        assertThat(value(name)).as("created through the API").isEqualTo(first);
        assertThat(browser.everythingOnThePage()).as("no value on the page before Reveal").doesNotContain(first);
        assertThat(browser.visibleText()).contains("team").contains("payments");
        assertThat(browser.find("description").getDomProperty("value")).isEqualTo("made in the console");

        // tags: add one, remove the one given at creation
        browser.type("tag-key", "env");
        browser.type("tag-value", "prod");
        browser.click("add-tag");
        browser.awaitText("Tag env set.");
        browser.all("tag-row").stream().filter(row -> row.getText().startsWith("team")).findFirst().orElseThrow()
                .findElement(Browser.by("remove-tag")).click();
        browser.awaitText("Tag team removed.");
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name).setFetchTags("true"))
                .getBody().getTags().getTag()).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                .containsExactly("env=prod");

        browser.type("description", "renamed in the console");
        browser.click("save-description");
        browser.awaitText("Description saved.");
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody()
                .getDescription()).isEqualTo("renamed in the console");

        browser.type("put-data", second);
        browser.click("put-value");
        browser.awaitText("is now ACSCurrent");
        assertThat(value(name)).isEqualTo(second);
        assertThat(browser.everythingOnThePage()).as("the value typed is gone from the form").doesNotContain(second);
        List<WebElement> versions = browser.all("version");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).findElement(Browser.by("stages")).getText()).isEqualTo("ACSCurrent");
        assertThat(versions.get(1).findElement(Browser.by("stages")).getText()).isEqualTo("ACSPrevious");
        browser.screenshot("secret");

        // reveal the previous version: its value shows in its row only, and Hide removes it
        versions.get(1).findElement(Browser.by("reveal")).click();
        browser.awaitText(first);
        assertThat(browser.everythingOnThePage()).doesNotContain(second);
        browser.all("version").get(1).findElement(Browser.by("reveal")).click();
        browser.awaitCondition("Hide removes the value", () -> !browser.everythingOnThePage().contains(first));

        // move ACSCurrent back to the first version
        String firstVersion = browser.all("version").get(1).getAttribute("data-version");
        browser.type("move-stage", "ACSCurrent");
        new Select(browser.find("move-target")).selectByValue(firstVersion);
        browser.click("move-label");
        browser.awaitText("ACSCurrent now labels " + firstVersion);
        assertThat(value(name)).as("the label moved through the API").isEqualTo(first);

        // a revealed value disappears on sign-out
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-version='" + firstVersion + "']"))
                .findElement(Browser.by("reveal")).click();
        browser.awaitText(first);
        browser.click("sign-out");
        browser.find("sign-in-form");
        assertThat(browser.everythingOnThePage()).as("sign-out leaves no value").doesNotContain(first)
                .doesNotContain(ServiceProcess.ACCESS_KEY_SECRET);

        // delete with a recovery window, then restore
        signInAsRoot();
        go("#/secret/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        browser.type("recovery-days", "7");
        browser.type("confirm-name", name);
        browser.click("delete");
        browser.awaitText("Deletion planned for");
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody()
                .getPlannedDeleteTime()).isNotNull();
        browser.click("restore");
        browser.awaitText("Restored.");
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody()
                .getPlannedDeleteTime()).isNull();

        // the audit page shows these clicks, marked as the console's
        browser.click("nav-audit");
        browser.type("audit-action", "UpdateSecretVersionStage");
        browser.click("audit-search");
        browser.awaitCondition("the label move is listed", () -> browser.all("audit-row").size() == 1);
        assertThat(browser.find("audit-row-agent").getText()).startsWith("kmsecrets-console/1 (Mozilla/5.0");
        browser.type("audit-action", "");
        browser.click("audit-search");
        browser.awaitText("RestoreSecret");
        assertThat(browser.visibleText()).contains("DeleteSecret").contains("PutSecretValue")
                .contains("GetSecretValue").contains("CreateSecret");
        assertThat(browser.find("chain-status").getText()).startsWith("Intact");
        browser.screenshot("audit");
    }

    @Test
    void aRestrictedUserSeesTheApisRefusalAndNothingChanges() throws Exception {
        String name = unique("console/guarded");
        node.tea().createSecret(new CreateSecretRequest().setSecretName(name).setVersionId("v1")
                .setSecretData("guarded-canary-" + UUID.randomUUID()));
        String before = value(name);
        String[] viewer = user(unique("viewer"), "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                + "[\"kms:ListSecrets\",\"kms:DescribeSecret\",\"kms:ListSecretVersionIds\"],\"Resource\":\"*\"}]}");
        signIn(viewer[0], viewer[1]);

        browser.click("nav-secrets");
        browser.type("filter-name", name);
        browser.click("search");
        browser.find("secret-link").click();
        browser.find("reveal").click();
        assertThat(browser.find("error-code").getText()).isEqualTo("Forbidden.NoPermission");
        assertThat(browser.everythingOnThePage()).doesNotContain(before);

        browser.type("put-data", "an-attempt");
        browser.click("put-value");
        browser.awaitCondition("the put is refused", () -> browser.all("error-code").size() == 2);
        browser.type("confirm-name", name);
        browser.click("delete");
        browser.awaitCondition("the delete is refused", () -> browser.all("error-code").size() == 3);
        assertThat(browser.all("error-code")).extracting(WebElement::getText).containsOnly("Forbidden.NoPermission");

        assertThat(value(name)).as("nothing changed").isEqualTo(before);
        assertThat(node.tea().listSecretVersionIds(new ListSecretVersionIdsRequest().setSecretName(name)).getBody()
                .getTotalCount()).isEqualTo(1);
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody()
                .getPlannedDeleteTime()).isNull();

        browser.click("nav-audit");
        assertThat(browser.find("error-code").getText()).as("the audit trail needs kms:ListAuditEvents")
                .isEqualTo("Forbidden.NoPermission");
        browser.click("nav-dashboard");
        browser.find("count-secrets");
        assertThat(browser.find("card-keys").getText()).contains("Forbidden.NoPermission");
    }

    @Test
    void aManagedSecretOnTheLocalPostgresqlIsCreatedAndRotatedFromTheConsole() throws Exception {
        String name = unique("console/db");
        signInAsRoot();
        browser.click("nav-create");
        new Select(browser.find("create-type")).selectByValue("Rds");
        browser.type("create-SecretName", name);
        new Select(browser.find("create-SecretSubType")).selectByValue("SingleUser");
        browser.type("create-DBInstanceId", "pg-console-missing");
        browser.type("create-AccountName", node.account());
        browser.type("create-AccountPassword", PASSWORD);
        browser.screenshot("create");
        browser.click("create-submit");
        assertThat(browser.find("error-code").getText()).as("the API's validation, shown as it is")
                .isEqualTo("Forbidden.ResourceNotFound");
        browser.type("create-DBInstanceId", "pg-console");
        browser.type("create-AccountPassword", PASSWORD);
        browser.click("create-submit");
        assertThat(browser.find("secret-name").getText()).isEqualTo(name);

        browser.click("rotate-now");
        browser.awaitText("Rotated: version");
        String rotated = value(name);
        String password = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rotated).get("AccountPassword")
                .asText();
        assertThat(password).isNotEqualTo(PASSWORD);
        assertThat(node.servers().logsIn("postgresql", node.account(), password)).as("the new password works").isTrue();
        assertThat(node.servers().logsIn("postgresql", node.account(), PASSWORD)).as("the old one does not")
                .isFalse();
        assertThat(browser.all("version")).hasSize(2);
        assertThat(browser.everythingOnThePage()).doesNotContain(password);

        browser.find("rotation-enabled").click();
        browser.type("rotation-interval", "1d");
        browser.click("save-rotation");
        browser.awaitText("Rotation policy saved.");
        assertThat(node.tea().describeSecret(new DescribeSecretRequest().setSecretName(name)).getBody()
                .getAutomaticRotation()).isEqualTo("Enabled");
        browser.screenshot("managed-secret");

        browser.click("nav-secrets");
        browser.type("filter-name", name);
        browser.click("search");
        browser.awaitCondition("the list shows the secret's rotation", () -> browser.all("secret-row").size() == 1
                && !browser.find("secret-row").getText().contains("…"));
        assertThat(browser.find("secret-row").getText()).contains("Rds");
        browser.click("nav-dashboard");
        browser.awaitCondition("the dashboard lists the secret as due within a week", () -> browser.all("due-row")
                .stream().anyMatch(row -> row.getText().contains(name)));
        assertThat(Integer.parseInt(browser.find("count-rotating").getText().split("\\s")[0])).isPositive();
        browser.screenshot("dashboard-managed");
    }

    @Test
    void theKeysPageShowsAndChangesAKeysState() throws Exception {
        Client root = node.tea();
        String keyId = root.createKey(new CreateKeyRequest().setDescription("console key")).getBody()
                .getKeyMetadata().getKeyId();
        signInAsRoot();
        browser.click("nav-keys");
        browser.awaitCondition("the key is listed", () -> browser.all("key-row").stream()
                .anyMatch(row -> keyId.equals(row.getAttribute("data-key")) && row.getText().contains("Enabled")));
        browser.screenshot("keys");
        go("#/key/" + keyId);
        browser.find("key-versions");
        browser.click("disable-key");
        browser.awaitText("Key disabled.");
        assertThat(state(keyId)).isEqualTo("Disabled");
        browser.click("enable-key");
        browser.awaitText("Key enabled.");
        assertThat(state(keyId)).isEqualTo("Enabled");
        browser.type("pending-days", "7");
        browser.click("schedule-deletion");
        browser.awaitText("Deletion scheduled.");
        assertThat(state(keyId)).isEqualTo("PendingDeletion");
        browser.screenshot("key");
        browser.click("nav-dashboard");
        browser.awaitCondition("the dashboard lists the key as pending deletion", () -> browser.all("card-pending-keys")
                .stream().anyMatch(card -> card.getText().contains(keyId)));
        go("#/key/" + keyId);
        browser.click("cancel-deletion");
        browser.awaitText("Deletion cancelled.");
        assertThat(state(keyId)).isNotEqualTo("PendingDeletion");
    }

    private static String state(String keyId) throws Exception {
        return node.tea().describeKey(new DescribeKeyRequest().setKeyId(keyId)).getBody().getKeyMetadata()
                .getKeyState();
    }

    @Test
    void theSecretsListSearchesFiltersAndPages() throws Exception {
        String prefix = unique("paged");
        for (int i = 0; i < 23; i++) {
            node.tea().createSecret(new CreateSecretRequest().setSecretName(prefix + "/" + i).setVersionId("v1")
                    .setSecretData("x"));
        }
        signInAsRoot();
        browser.click("nav-secrets");
        browser.type("filter-name", prefix);
        browser.click("search");
        browser.awaitText("Page 1 of 2 · 23 secrets");
        assertThat(browser.all("secret-row")).hasSize(20);
        browser.screenshot("secrets");
        browser.click("next-page");
        browser.awaitText("Page 2 of 2 · 23 secrets");
        assertThat(browser.all("secret-row")).hasSize(3);
        new Select(browser.find("filter-type")).selectByValue("Rds");
        browser.click("search");
        browser.awaitText("None.");
    }
}
