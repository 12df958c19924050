package kmsecrets.application.port.out;

/** The predictable double honours the id generator contract. */
class FixedIdsTest extends IdGeneratorContract {
    private final FixedIds ids = new FixedIds();

    @Override
    protected IdGenerator ids() {
        return ids;
    }
}
