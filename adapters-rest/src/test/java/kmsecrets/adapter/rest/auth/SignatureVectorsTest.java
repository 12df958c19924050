package kmsecrets.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The test vectors of the API reference (api/README.md section 3), computed independently of the SDKs. */
class SignatureVectorsTest {
    private static Map<String, String> firstVectorParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccessKeyId", "testid");
        p.put("Action", "CreateKey");
        p.put("Format", "json");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", "2016-03-28T03:13:08Z");
        p.put("Version", "2016-01-20");
        return p;
    }

    @Test
    void rpcVectorOneGivesTheDocumentedStringToSignAndSignature() {
        String stringToSign = RpcSignature.stringToSign("GET", firstVectorParameters(), true);
        assertThat(stringToSign).isEqualTo("GET&%2F&AccessKeyId%3Dtestid%26Action%3DCreateKey%26Format%3Djson"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureVersion%3D1.0%26Timestamp%3D2016-03-28T03%253A13%253A08Z"
                + "%26Version%3D2016-01-20");
        assertThat(RpcSignature.sign(stringToSign, "testsecret")).isEqualTo("41wk2SSX1GJh7fwnc5eqOfiJPFg=");
    }

    @Test
    void rpcVectorTwoWithNonceVerifies() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccessKeyId", "testid");
        p.put("Action", "GetSecretValue");
        p.put("Format", "JSON");
        p.put("SecretName", "secret001");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", "2016-03-28T03:13:08Z");
        p.put("Version", "2016-01-20");
        assertThat(RpcSignature.verify("POST", p, "testsecret", "mi9ukEESjYPnSPDRduClzAbM8oQ=")).isTrue();
        assertThat(RpcSignature.verify("POST", p, "testsecret2", "mi9ukEESjYPnSPDRduClzAbM8oQ=")).isFalse();
        assertThat(RpcSignature.verify("GET", p, "testsecret", "mi9ukEESjYPnSPDRduClzAbM8oQ=")).isFalse();
    }

    @Test
    void acs3VectorGivesTheDocumentedSignature() {
        Map<String, String> headers = Map.of(
                "host", "kms.cn-hangzhou.aliyuncs.com",
                "x-acs-action", "GetSecretValue",
                "x-acs-version", "2016-01-20",
                "x-acs-date", "2023-10-26T09:01:01Z",
                "x-acs-signature-nonce", "d410180a5abf7fe235dd9b74aca91fc0",
                "x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        List<String> signed = List.of("host", "x-acs-action", "x-acs-content-sha256", "x-acs-date",
                "x-acs-signature-nonce", "x-acs-version");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("SecretName", "secret001");
        query.put("VersionStage", "ACSCurrent");
        String canonical = Acs3Signature.canonicalRequest("POST", "/", query, signed,
                name -> Optional.ofNullable(headers.get(name)), Acs3Signature.payloadHash(new byte[0]));
        assertThat(Acs3Signature.sign(Acs3Signature.stringToSign(canonical), "testsecret"))
                .isEqualTo("e6b21bd991c42f249f30b8e3d5da816ad2c354e1c867f7d8bae12cdc5736d0b2");
    }

    @Test
    void teaV2ModeDropsEmptyValuesAndBothFormsVerify() {
        Map<String, String> p = firstVectorParameters();
        p.put("Description", "");
        String withoutEmpty = RpcSignature.sign(RpcSignature.stringToSign("POST", p, false), "testsecret");
        String withEmpty = RpcSignature.sign(RpcSignature.stringToSign("POST", p, true), "testsecret");
        assertThat(withoutEmpty).isNotEqualTo(withEmpty);
        assertThat(RpcSignature.verify("POST", p, "testsecret", withoutEmpty)).isTrue();
        assertThat(RpcSignature.verify("POST", p, "testsecret", withEmpty)).isTrue();
    }

    @Test
    void acs3AuthorizationItemsParseInAnyOrder() {
        var a = Acs3Signature.Authorization.parse("ACS3-HMAC-SHA256 Credential=ak,Signature=abc,SignedHeaders=host;x-acs-date")
                .orElseThrow();
        assertThat(a.credential()).isEqualTo("ak");
        assertThat(a.signature()).isEqualTo("abc");
        assertThat(a.signedHeaders()).containsExactly("host", "x-acs-date");
        assertThat(Acs3Signature.Authorization.parse("ACS3-HMAC-SM3 Credential=ak,SignedHeaders=h,Signature=s")).isEmpty();
        assertThat(Acs3Signature.Authorization.parse("ACS3-HMAC-SHA256 Credential=ak")).isEmpty();
    }
}
