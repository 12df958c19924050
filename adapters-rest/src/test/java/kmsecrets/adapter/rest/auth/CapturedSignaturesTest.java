package kmsecrets.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kmsecrets.adapter.rest.wire.RpcRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every request the official clients sent (captures/, credentials testak/testsecret) through our
 * parser and both signature verifiers: each verifies, and a copy with one signed value changed does not.
 */
class CapturedSignaturesTest {
    private static final String SECRET = "testsecret";

    static Stream<CapturedRequest> captures() throws IOException, URISyntaxException {
        Path root = Path.of(CapturedSignaturesTest.class.getResource("/captures").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<CapturedRequest> requests = files
                    .filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("signature-examples")
                            && !f.getFileName().toString().equals("README.txt"))
                    .sorted().map(CapturedRequest::read).toList();
            assertThat(requests).hasSizeGreaterThan(60);
            return requests.stream();
        }
    }

    static boolean verifies(CapturedRequest capture) {
        RpcRequest request = capture.toRpcRequest();
        return request.header("authorization")
                .map(header -> {
                    var auth = Acs3Signature.Authorization.parse(header).orElseThrow();
                    String canonical = Acs3Signature.canonicalRequest(request.method(), "/", request.query(),
                            auth.signedHeaders(), request::header, Acs3Signature.payloadHash(request.body()));
                    return Acs3Signature.verify(canonical, SECRET, auth.signature());
                })
                .orElseGet(() -> RpcSignature.verify(request.method(), request.parameters(), SECRET,
                        request.parameter("Signature").orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void capturedRequestVerifies(CapturedRequest capture) {
        assertThat(verifies(capture)).as("signature of " + capture).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void tamperedQueryIsRejected(CapturedRequest capture) {
        String query = capture.rawQuery();
        String tampered = query.contains("SecretName=")
                ? query.replace("SecretName=", "SecretName=x") : query + "&Extra=1";
        assertThat(verifies(capture.withQuery(tampered))).as("tampered " + capture).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void tamperedSignedHeaderOrTimestampIsRejected(CapturedRequest capture) {
        CapturedRequest tampered = capture.headers().containsKey("authorization")
                ? capture.withHeader("x-acs-signature-nonce", "0123456789abcdef0123456789abcdef")
                : capture.withQuery(capture.rawQuery().replaceFirst("Timestamp=2026", "Timestamp=2025"));
        assertThat(verifies(tampered)).as("tampered " + capture).isFalse();
    }
}
