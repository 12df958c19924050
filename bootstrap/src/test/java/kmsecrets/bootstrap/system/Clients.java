package kmsecrets.bootstrap.system;

import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.kms.secretsmanager.client.SecretCacheClient;
import com.aliyuncs.kms.secretsmanager.client.SecretCacheClientBuilder;
import com.aliyuncs.kms.secretsmanager.client.model.RegionInfo;
import com.aliyuncs.kms.secretsmanager.client.service.BaseSecretManagerClientBuilder;
import com.aliyuncs.profile.DefaultProfile;

/** The official SDKs, pointed at a {@link ServiceProcess} exactly as applications configure them. */
final class Clients {
    private final ServiceProcess service;
    private final DefaultAcsClient classic;

    Clients(ServiceProcess service) {
        this.service = service;
        DefaultProfile profile = DefaultProfile.getProfile("cn-hangzhou", ServiceProcess.ACCESS_KEY_ID,
                ServiceProcess.ACCESS_KEY_SECRET);
        HttpClientConfig config = HttpClientConfig.getDefault();
        config.setIgnoreSSLCerts(true);
        profile.setHttpClientConfig(config);
        classic = new DefaultAcsClient(profile);
    }

    /** The classic SDK over plain HTTP (KMS requests default to HTTPS; applications switch per request). */
    <T extends AcsResponse> T classic(AcsRequest<T> request) throws Exception {
        request.setSysEndpoint("127.0.0.1:" + service.httpPort);
        request.setSysProtocol(ProtocolType.HTTP);
        return classic.getAcsResponse(request);
    }

    <T extends AcsResponse> T classicXml(AcsRequest<T> request) throws Exception {
        request.setSysAcceptFormat(FormatType.XML);
        return classic(request);
    }

    <T extends AcsResponse> T classicHttps(AcsRequest<T> request) throws Exception {
        request.setSysEndpoint("127.0.0.1:" + service.httpsPort);
        request.setSysProtocol(ProtocolType.HTTPS);
        return classic.getAcsResponse(request);
    }

    /** The Tea SDK with its default signing (ACS3-HMAC-SHA256) over plain HTTP. */
    com.aliyun.kms20160120.Client tea() throws Exception {
        return new com.aliyun.kms20160120.Client(new Config().setAccessKeyId(ServiceProcess.ACCESS_KEY_ID)
                .setAccessKeySecret(ServiceProcess.ACCESS_KEY_SECRET).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + service.httpPort).setProtocol("HTTP"));
    }

    /**
     * The Tea SDK for calls that wait on another machine's work, such as a rotation that makes an RSA-3072 key pair
     * and logs in over SSH: its read timeout is a bound for a hang, stretched with the machine's load, not the SDK's
     * 10 s (which a loaded 2-core machine exceeded once).
     */
    com.aliyun.kms20160120.Client patientTea() throws Exception {
        return new com.aliyun.kms20160120.Client(new Config().setAccessKeyId(ServiceProcess.ACCESS_KEY_ID)
                .setAccessKeySecret(ServiceProcess.ACCESS_KEY_SECRET).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + service.httpPort).setProtocol("HTTP")
                .setReadTimeout((int) Patience.of(java.time.Duration.ofSeconds(60)).toMillis()));
    }

    /** The Tea SDK signing as another access key. */
    com.aliyun.kms20160120.Client tea(String accessKeyId, String accessKeySecret) throws Exception {
        return new com.aliyun.kms20160120.Client(new Config().setAccessKeyId(accessKeyId)
                .setAccessKeySecret(accessKeySecret).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + service.httpPort).setProtocol("HTTP"));
    }

    /** The Tea SDK in its "v2" mode (HMAC-SHA1 RPC signature). */
    com.aliyun.kms20160120.Client teaV2() throws Exception {
        return new com.aliyun.kms20160120.Client(new Config().setAccessKeyId(ServiceProcess.ACCESS_KEY_ID)
                .setAccessKeySecret(ServiceProcess.ACCESS_KEY_SECRET).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + service.httpPort).setProtocol("HTTP").setSignatureAlgorithm("v2"));
    }

    /**
     * The secrets-manager caching client over HTTPS (the service's self-signed certificate), as root or as another
     * access key, with the caching client's default TTL or {@code ttlMillis} for one secret. The caller closes it.
     */
    SecretCacheClient cachingClient() throws Exception {
        return cachingClient(ServiceProcess.ACCESS_KEY_ID, ServiceProcess.ACCESS_KEY_SECRET, null, 0);
    }

    SecretCacheClient cachingClient(String accessKeyId, String accessKeySecret) throws Exception {
        return cachingClient(accessKeyId, accessKeySecret, null, 0);
    }

    SecretCacheClient cachingClient(String secretName, long ttlMillis) throws Exception {
        return cachingClient(ServiceProcess.ACCESS_KEY_ID, ServiceProcess.ACCESS_KEY_SECRET, secretName, ttlMillis);
    }

    private SecretCacheClient cachingClient(String accessKeyId, String accessKeySecret, String secretName,
                                            long ttlMillis) throws Exception {
        SecretCacheClientBuilder builder = SecretCacheClientBuilder.newCacheClientBuilder(
                BaseSecretManagerClientBuilder.standard().withAccessKey(accessKeyId, accessKeySecret)
                        .addRegion(new RegionInfo("cn-hangzhou", "127.0.0.1:" + service.httpsPort)).build());
        return secretName == null ? builder.build() : builder.withSecretTTL(secretName, ttlMillis).build();
    }
}
