package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import kmsecrets.application.port.in.DescribeRegionsQuery;
import kmsecrets.application.port.in.DescribeRegionsUseCase;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;

/** DescribeRegions: the one region this deployment serves; needs no permission (only a valid signature). */
public final class DescribeRegionsAction implements Action {
    private final DescribeRegionsUseCase useCase;

    public DescribeRegionsAction(DescribeRegionsUseCase useCase) {
        this.useCase = useCase;
    }

    @Override
    public String name() {
        return "DescribeRegions";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase);
    }

    @Override
    public Object handle(Call call) {
        return new Reply(call.requestId(), new Regions(List.of(new Regions.Entry(
                useCase.describeRegions(new DescribeRegionsQuery(call.caller())).value()))));
    }

    @JsonPropertyOrder({"RequestId", "Regions"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("Regions") Regions regions) {
    }

    record Regions(@JsonProperty("Region") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> regions) {
        record Entry(@JsonProperty("RegionId") String regionId) {
        }
    }
}
