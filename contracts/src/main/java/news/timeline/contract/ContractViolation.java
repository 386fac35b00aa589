package news.timeline.contract;

/** A record that does not follow the contract; its message is the reason put on the dead letter. */
public class ContractViolation extends IllegalArgumentException {

    public ContractViolation(String reason) {
        super(reason);
    }
}
