package kmsecrets.adapter.rest.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kmsecrets.adapter.rest.ConsoleHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's files as the REST adapter serves them: every file the page loads (found by following its links and
 * module imports from {@code index.html}) is served with its type, and every console response, errors included,
 * carries the Content-Security-Policy and sets no cookie. The browser tests prove the page works; these prove in
 * milliseconds that nothing it loads is missing and no response goes out unprotected.
 */
class ConsoleSliceTest {
    private static final Pattern LINKS = Pattern.compile("(?:src|href)=\"([^\"#:]+)\"|from '(\\.{1,2}/[^']+)'");
    private static RestSlice slice;

    @BeforeAll
    static void start() throws Exception {
        slice = new RestSlice(List.of());
    }

    @AfterAll
    static void stop() throws Exception {
        slice.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return slice.raw(HttpRequest.newBuilder().GET(), path);
    }

    private static void assertProtected(HttpResponse<String> response) {
        String what = response.request().method() + " " + response.request().uri() + " → " + response.statusCode();
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
                .hasValue(ConsoleHandler.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("Set-Cookie")).as(what).isEmpty();
    }

    /** index.html, then every file it and the files it loads name, each once. */
    private static Map<String, HttpResponse<String>> everyFileThePageLoads() throws Exception {
        Map<String, HttpResponse<String>> served = new java.util.LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>(List.of("index.html"));
        while (!next.isEmpty()) {
            String file = next.pop();
            if (served.containsKey(file)) {
                continue;
            }
            HttpResponse<String> response = get(ConsoleHandler.PATH + file);
            served.put(file, response);
            String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
            Matcher m = LINKS.matcher(response.body());
            while (m.find()) {
                String link = m.group(1) != null ? m.group(1) : m.group(2);
                next.add(java.net.URI.create("/" + folder).resolve(link).getPath().substring(1));
            }
        }
        return served;
    }

    @Test
    void everyFileThePageLoadsIsServedWithItsTypeAndProtected() throws Exception {
        Map<String, HttpResponse<String>> served = everyFileThePageLoads();
        assertThat(served.keySet()).contains("index.html", "console.css", "js/app.js", "js/api.js",
                "js/pages/secret.js", "js/pages/audit.js");
        served.forEach((file, response) -> {
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertProtected(response);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (file.endsWith(".js")) {
                assertThat(type).as(file).startsWith("text/javascript");
            } else if (file.endsWith(".css")) {
                assertThat(type).as(file).startsWith("text/css");
            }
        });
        assertThat(served.get("index.html").body()).as("no inline script or style")
                .doesNotContain("<script>").doesNotContain("<style").doesNotContain("style=");
    }

    @Test
    void noScriptWritesMarkupOrStorageOrTalksToAnotherOrigin() throws Exception {
        Set<String> scripts = new LinkedHashSet<>();
        everyFileThePageLoads().forEach((file, response) -> {
            if (file.endsWith(".js")) {
                scripts.add(file + "\n" + response.body());
            }
        });
        for (String script : scripts) {
            String file = script.substring(0, script.indexOf('\n'));
            // values become text nodes, never parsed markup, and nothing is kept in the browser
            assertThat(script).as(file).doesNotContain("innerHTML").doesNotContain("outerHTML =")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write")
                    .doesNotContain("localStorage").doesNotContain("sessionStorage.set")
                    .doesNotContain("document.cookie").doesNotContain("eval(").doesNotContain("http://")
                    .doesNotContain("https://");
        }
    }

    @Test
    void errorsRedirectsAndRefusedMethodsAreProtectedToo() throws Exception {
        HttpResponse<String> missing = get(ConsoleHandler.PATH + "missing.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertProtected(missing);
        for (String outside : List.of("META-INF/MANIFEST.MF", "Index.HTML", "js/app.js.map", "kmsecrets/x.class",
                "..%2Fpom.xml", "js/app.js%00.png")) {
            assertThat(get(ConsoleHandler.PATH + outside).statusCode()).as(outside).isIn(400, 404);
        }
        HttpResponse<String> bare = get("/console");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location")).hasValue(ConsoleHandler.PATH);
        assertProtected(bare);
        HttpResponse<String> post = slice.raw(HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString("x")),
                ConsoleHandler.PATH + "index.html");
        assertThat(post.statusCode()).isEqualTo(405);
        assertProtected(post);
    }

    @Test
    void aBrowserAtTheRootIsSentToTheConsoleButAnApiCallIsNot() throws Exception {
        HttpResponse<String> browser = slice.raw(HttpRequest.newBuilder().GET().header("Accept", "text/html"), "/");
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValue(ConsoleHandler.PATH);
        HttpResponse<String> api = slice.raw(HttpRequest.newBuilder().GET(), "/?Version=2016-01-20");
        assertThat(api.statusCode()).as("the API's own error, not the console").isEqualTo(400);
        assertThat(api.body()).contains("\"Code\":\"MissingParameter\"").contains("Action");
    }
}
