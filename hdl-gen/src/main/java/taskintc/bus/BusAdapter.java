package taskintc.bus;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwBus;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/**
 * Converts one bus protocol to the protocol-free request stream and back. Writes are posted: the bus
 * gets its write response as soon as the core accepts the operation (whose errors land in the error
 * register), so an enqueue costs one bus cycle. Reads wait for the core's answer.
 */
public abstract class BusAdapter extends Circuit {
    public final HwStream<BusRequest> req;
    public final HwFlow<CoreRsp> rsp;
    public final HwBool refused;

    protected BusAdapter(TaskIntcConfig cfg) {
        req = streamOut("req", () -> new BusRequest(cfg));
        rsp = flowIn("rsp", () -> new CoreRsp(cfg));
        refused = inBool("refused");
    }

    /** The bus port the adapter serves (a top raises it to its own port with {@code exposeSlave}). */
    public abstract HwBus bus();
}
