package kmsecrets.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts how an SDK call fails: the HTTP status and the Alibaba code, as the Tea SDK surfaces them. */
final class TeaCalls {
    private TeaCalls() {
    }

    static TeaException failsWith(int status, String code, ThrowingCallable call) {
        TeaException e = catchThrowableOfType(TeaException.class, call);
        assertThat(e).as("the call should fail with %d %s", status, code).isNotNull();
        assertThat(e.getCode()).as("Code").isEqualTo(code);
        assertThat(e.getStatusCode()).as("HTTP status").isEqualTo(status);
        assertThat(e.getData()).as("error body").containsKey("RequestId");
        return e;
    }
}
