package kmsecrets.adapter.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kmsecrets.adapter.rest.error.ApiError;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class WireFormatsTest {
    @Test
    void timestampsParseExactlyTheWireForm() {
        assertThat(WireTime.parse("2026-11-28T03:52:50Z")).isEqualTo(Instant.parse("2026-11-28T03:52:50Z"));
        assertThat(WireTime.format(Instant.parse("2024-02-21T15:39:26.999Z"))).isEqualTo("2024-02-21T15:39:26Z");
        for (String bad : new String[] {"2026-11-28T03:52:50", "2026-11-28 03:52:50Z", "2026-13-28T03:52:50Z",
                "2026-02-30T03:52:50Z", "2026-11-28T03:52:5xZ", "2026-11-28T03:52:50.1Z", ""}) {
            assertThatThrownBy(() -> WireTime.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void percentEncodingFollowsRfc3986() {
        assertThat(Rfc3986.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
        assertThat(Rfc3986.encode("a b*c+d/é")).isEqualTo("a%20b%2Ac%2Bd%2F%C3%A9");
        assertThat(Rfc3986.encode("")).isEmpty();
    }

    @Test
    void formDecodingTreatsPlusAsSpaceAndRefusesBrokenEscapes() {
        assertThat(FormDecoder.decode("a=1+2&b=%2B&c&=x")).extracting(p -> p[0] + "=" + p[1])
                .containsExactly("a=1 2", "b=+", "c=", "=x");
        assertThatThrownBy(() -> FormDecoder.decode("a=%zz")).isInstanceOf(ApiError.class)
                .hasMessageContaining("a");
        assertThatThrownBy(() -> FormDecoder.decode("Description=%FE")).isInstanceOf(ApiError.class)
                .hasMessageContaining("Description");
        assertThatThrownBy(() -> FormDecoder.decode("KeyId=%C3")).isInstanceOf(ApiError.class)
                .hasMessageContaining("KeyId");
        assertThatThrownBy(() -> FormDecoder.decode("x=%4")).isInstanceOf(ApiError.class);
        assertThat(FormDecoder.decode("d=%C3%A9%F0%9F%94%91")).extracting(p -> p[1]).containsExactly("é\uD83D\uDD11");
    }
}
