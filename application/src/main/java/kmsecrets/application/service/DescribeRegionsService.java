package kmsecrets.application.service;

import kmsecrets.application.port.in.DescribeRegionsQuery;
import kmsecrets.application.port.in.DescribeRegionsUseCase;
import kmsecrets.domain.account.Region;

/** DescribeRegions: the configured region; SDKs call it to find their endpoint. */
public final class DescribeRegionsService implements DescribeRegionsUseCase {
    private final ServiceSettings settings;

    public DescribeRegionsService(ServiceSettings settings) {
        this.settings = settings;
    }

    @Override
    public Region describeRegions(DescribeRegionsQuery query) {
        return settings.region();
    }
}
