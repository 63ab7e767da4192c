package taskintc.formal;

import java.nio.file.Path;

import taskintc.dsl.Elaborator;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.Trigger;

/**
 * Writes the Verilog of the formal harnesses for the small configurations the proofs run on: the core with its
 * gateways ({@link FormalCore}: 2 contexts, 2 levels, 4 entries, 32-bit words, 1 hart, 1 edge-triggered source,
 * 4-bit pending counts; again in line-buffer/ with {@code --line-buffer 1}) and the IPC unit ({@link FormalIpc}: the same with 1 channel besides the system-call
 * channel, 2-deep mailboxes, 5-word messages and 2-word results). Usage: {@code FormalRtl <output directory>}.
 */
public final class FormalRtl {
    private FormalRtl() {}

    /** The configuration of the proofs; the properties in formal/core_props.sv are written for it. */
    public static final TaskIntcConfig CONFIG = TaskIntcConfig.builder().contexts(2).priorities(2).capacity(4).taskWidth(32)
            .harts(1).sources(1).nicQueues(0).pendingWidth(4).ipcChannels(0).trigger(Trigger.EDGE).build();
    /** {@link #CONFIG} with its pending count in block RAM behind a line bit ({@code --line-buffer 1}): the same
     *  properties hold (with one source every read-modify-write is that source's, so no event is lost). */
    public static final TaskIntcConfig LINE_BUFFER_CONFIG = CONFIG.toBuilder().lineBuffer(1).build();
    /** The IPC unit's configuration; formal/ipc_props.sv is written for it. */
    public static final TaskIntcConfig IPC_CONFIG = TaskIntcConfig.builder().contexts(2).priorities(2).capacity(4)
            .taskWidth(32).harts(1).sources(1).nicQueues(0).pendingWidth(4).ipcChannels(1).mailboxDepth(2)
            .ipcArgBytes(8).ipcResultBytes(8).trigger(Trigger.EDGE).build();

    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 1) {
            System.err.println("usage: FormalRtl <output directory>");
            System.exit(2);
        }
        Elaborator.verilog(Path.of(args[0]), () -> new FormalCore(CONFIG));
        Elaborator.verilog(Path.of(args[0]), () -> new FormalIpc(IPC_CONFIG));
        java.nio.file.Files.createDirectories(Path.of(args[0]).resolve("line-buffer"));
        Elaborator.verilog(Path.of(args[0]).resolve("line-buffer"), () -> new FormalCore(LINE_BUFFER_CONFIG));
        System.out.println("formal: wrote " + Path.of(args[0]).resolve("FormalCore.v") + ", FormalIpc.v and line-buffer/FormalCore.v");
    }
}
