package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.kms20160120.models.GetSecretValueRequest;
import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts how an SDK call fails: the HTTP status and the Alibaba code, as the Tea SDK surfaces them. */
final class TeaCalls {
    private TeaCalls() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static TeaException failsWith(int status, String code, ThrowingCallable call) {
        TeaException e = catchThrowableOfType(TeaException.class, call);
        assertThat(e).as("the call should fail with %d %s", status, code).isNotNull();
        assertThat(e.getCode()).as("Code").isEqualTo(code);
        assertThat(e.getStatusCode()).as("HTTP status").isEqualTo(status);
        assertThat(e.getData()).as("error body").containsKey("RequestId");
        return e;
    }

    /** True once the secret is gone (DescribeSecret answers 404), for polling a purge. */
    static boolean gone(com.aliyun.kms20160120.Client tea, String secretName) {
        try {
            tea.describeSecret(new com.aliyun.kms20160120.models.DescribeSecretRequest().setSecretName(secretName));
            return false;
        } catch (TeaException e) {
            return e.getStatusCode() != null && e.getStatusCode() == 404;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** GetSecretValue of a stage of a database secret, as its flat {"AccountName","AccountPassword"} object. */
    static Map<String, String> account(com.aliyun.kms20160120.Client tea, String secretName, String stage)
            throws Exception {
        String data = tea.getSecretValue(new GetSecretValueRequest().setSecretName(secretName).setVersionStage(stage))
                .getBody().getSecretData();
        Map<String, String> account = JSON.readValue(data, new TypeReference<Map<String, String>>() {
        });
        assertThat(account).containsOnlyKeys("AccountName", "AccountPassword");
        return account;
    }
}
