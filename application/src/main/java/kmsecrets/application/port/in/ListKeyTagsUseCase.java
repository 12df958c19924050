package kmsecrets.application.port.in;

/** Key tags: one row per (key, tag) of the named keys. */
public interface ListKeyTagsUseCase extends ReadUseCase {
    java.util.List<KeyTag> listKeyTags(ListKeyTagsQuery query);
}
