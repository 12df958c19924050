package kmsecrets.adapter.rest.action;

import kmsecrets.application.port.in.UseCase;
import kmsecrets.application.port.in.ListKeyTagsQuery;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import kmsecrets.adapter.rest.error.ApiError;
import kmsecrets.adapter.rest.wire.Params;
import kmsecrets.application.port.in.ListSecretTagsQuery;
import kmsecrets.application.port.in.ListSecretTagsQuery.TagFilter;
import kmsecrets.application.port.in.ListSecretTagsResult;
import kmsecrets.application.port.in.ListKeyTagsUseCase;
import kmsecrets.application.port.in.ListSecretTagsUseCase;

/** ListTagResources: 200 rows a page; NextToken is opaque and empty on the last page. */
public final class ListTagResourcesAction implements Action {
    static final int PAGE_ROWS = 200;
    private static final String TOKEN_PREFIX = "offset:";
    private final ListSecretTagsUseCase useCase;
    private final ListKeyTagsUseCase keys;

    public ListTagResourcesAction(ListSecretTagsUseCase useCase, ListKeyTagsUseCase keys) {
        this.useCase = useCase;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ListTagResources";
    }

    @Override
    public List<UseCase> useCases() {
        return List.of(useCase, keys);
    }

    @Override
    public Object handle(Call call) {
        Params p = call.params();
        TagTargets.Targets targets = TagTargets.batch(p, false);
        List<String> ids = targets.ids();
        List<TagFilter> filters = p.objects("Tag").stream()
                .map(t -> new TagFilter(t.getOrDefault("Key", ""), t.getOrDefault("Value", ""))).toList();
        if (filters.stream().anyMatch(f -> f.key().isEmpty())) {
            throw ApiError.missing("Tag.N.Key");
        }
        if (ids.isEmpty() && filters.isEmpty()) {
            throw ApiError.missing("ResourceId.1");
        }
        long offset = p.optional("NextToken").map(ListTagResourcesAction::offset).orElse(0L);
        if (targets.keys()) {
            List<TagResources.Entry> rows = keys.listKeyTags(new ListKeyTagsQuery(call.caller(), "kms:ListTagResources", ids, filters))
                    .stream().map(r -> new TagResources.Entry(r.keyId(), "key", r.tag().key(), r.tag().value()))
                    .toList();
            List<TagResources.Entry> page = rows.stream().skip(offset).limit(PAGE_ROWS).toList();
            long next = offset + page.size();
            return new Reply(call.requestId(), next < rows.size() ? token(next) : "", new TagResources(page));
        }
        ListSecretTagsResult r = useCase.listSecretTags(new ListSecretTagsQuery(call.caller(), ids, filters, offset,
                PAGE_ROWS));
        return new Reply(call.requestId(), r.nextOffset().isPresent() ? token(r.nextOffset().getAsLong()) : "",
                new TagResources(r.rows().stream().map(row -> new TagResources.Entry(row.secret().value(), "secret",
                        row.tag().key(), row.tag().value())).toList()));
    }

    private static String token(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + offset)
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static long offset(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!text.startsWith(TOKEN_PREFIX)) {
                throw new IllegalArgumentException("foreign token");
            }
            return Long.parseLong(text.substring(TOKEN_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("NextToken", "not a token this service issued");
        }
    }

    @JsonPropertyOrder({"RequestId", "NextToken", "TagResources"})
    record Reply(@JsonProperty("RequestId") String requestId, @JsonProperty("NextToken") String nextToken,
                 @JsonProperty("TagResources") TagResources tagResources) {
    }

    record TagResources(@JsonProperty("TagResource") @JacksonXmlElementWrapper(useWrapping = false) List<Entry> rows) {
        @JsonPropertyOrder({"ResourceId", "ResourceType", "TagKey", "TagValue"})
        record Entry(@JsonProperty("ResourceId") String resourceId, @JsonProperty("ResourceType") String resourceType,
                     @JsonProperty("TagKey") String tagKey, @JsonProperty("TagValue") String tagValue) {
        }
    }
}
