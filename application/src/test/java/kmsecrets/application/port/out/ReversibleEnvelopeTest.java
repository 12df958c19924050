package kmsecrets.application.port.out;

/** The reversible double honours the envelope contract (though it protects nothing). */
class ReversibleEnvelopeTest extends EnvelopeContract {
    private final ReversibleEnvelope envelope = new ReversibleEnvelope();

    @Override
    protected Envelope envelope() {
        return envelope;
    }
}
