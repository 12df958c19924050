package kmsecrets.adapter.rest.action;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import kmsecrets.domain.account.Region;

/** DescribeRegions: the one region this deployment serves; needs no permission (only a valid signature). */
public final class DescribeRegionsAction implements Action {
    private final Region region;

    public DescribeRegionsAction(Region region) {
        this.region = region;
    }

    @Override
    public String name() {
        return "DescribeRegions";
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public Object handle(Call call) {
        return new Reply(call.requestId(), new Regions(List.of(new Regions.Entry(region.value()))));
    }

    @JsonPropertyOrder({"RequestId", "Regions"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("Regions") Regions regions) {
    }

    record Regions(@JsonProperty("Region") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> regions) {
        record Entry(@JsonProperty("RegionId") String regionId) {
        }
    }
}
