package taskintc.board;

import java.io.IOException;
import java.io.PrintStream;

import taskintc.board.BridgeProtocol.Reply;
import taskintc.board.BridgeProtocol.Status;
import taskintc.regmap.Page;
import taskintc.regmap.PageKind;
import taskintc.regmap.RegisterMap;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskIntcRegisters;
import taskintc.spec.TaskWord;

/**
 * The board smoke test, over any {@link Link} (a serial port on a real board, the UART pins in simulation):
 * identify the controller, enqueue and dequeue in priority order, refuse a bad frame without side effect,
 * then park a task on button 0's source and wait for a press to wake it. Register offsets come from the
 * configuration's register map declaration, never from constants here.
 */
public final class Smoke {
    /** One request frame out, one reply frame back. */
    public interface Link {
        byte[] exchange(byte[] request, int replyBytes) throws IOException;
    }

    private final Link link;
    private final BridgeProtocol proto;
    private final RegisterMap<?> map;
    private final TaskIntcConfig cfg;
    private final PrintStream log;

    public Smoke(Link link, TaskIntcConfig cfg, PrintStream log) {
        this.link = link;
        this.cfg = cfg;
        this.proto = new BridgeProtocol(cfg.taskWidth() / 8);
        this.map = TaskIntcRegisters.declare(cfg);
        this.log = log;
    }

    public static final class Failure extends Exception {
        public Failure(String message) {
            super(message);
        }
    }

    Reply exchange(byte[] frame) throws IOException, Failure {
        try {
            return proto.decode(link.exchange(frame, proto.replyBytes()));
        } catch (IllegalArgumentException e) {
            throw new Failure("bad reply: " + e.getMessage());
        }
    }

    public long read(long address) throws IOException, Failure {
        Reply r = exchange(proto.read(address));
        if (!r.ok()) throw new Failure("read 0x" + Long.toHexString(address) + ": " + r.status());
        return r.data();
    }

    public void write(long address, long data) throws IOException, Failure {
        Reply r = exchange(proto.write(address, data));
        if (!r.ok()) throw new Failure("write 0x" + Long.toHexString(address) + ": " + r.status());
    }

    public long control(String reg, int index) {
        return map.page(PageKind.CONTROL).base() + map.register(PageKind.CONTROL, reg).offsetOf(index);
    }

    public long context(int c, String reg, int index) {
        Page p = map.page(PageKind.CONTEXT);
        return p.base() + c * p.stride() + map.register(PageKind.CONTEXT, reg).offsetOf(index);
    }

    private void check(boolean ok, String what) throws Failure {
        if (!ok) throw new Failure(what);
        log.println("ok   " + what);
    }

    /**
     * Runs the sequence. {@code pressButton} is called once the task waits on button 0 (print a prompt on a
     * board; press it in simulation); the wait for the wakeup gives up after {@code wakeTimeoutMillis}.
     */
    public void run(Runnable pressButton, long wakeTimeoutMillis) throws IOException, Failure {
        long id = read(control("id", 0));
        check((id >>> 8) == TaskIntcRegisters.MAGIC, String.format("id 0x%x: a TaskIntc controller (layout version %d)", id, id & 0xFF));
        long enqueue = context(0, "enqueue", 0), dequeue = context(0, "dequeue", 0), count = context(0, "count", 0);
        while (read(dequeue) != 0) { /* drain what an earlier run left */ }
        int low = Math.min(2, cfg.priorities() - 1);
        long a = TaskWord.make(0x1000, low, false), b = TaskWord.make(0x2000, 0, false);
        write(enqueue, a);
        write(enqueue, b);
        check(read(count) == 2, "two tasks enqueued on context 0");
        byte[] bad = proto.write(enqueue, TaskWord.make(0x3000, 0, false));
        bad[bad.length - 1] ^= 1;
        Reply refused = exchange(bad);
        check(refused.status() == Status.BAD_CHECKSUM, "a frame with a bad checksum is refused (" + refused.status() + ")");
        check(read(count) == 2, "and changed nothing");
        check(read(dequeue) == b, "dequeue returns the priority-0 task first");
        check(read(dequeue) == a, "then the priority-" + low + " task");
        check(read(dequeue) == 0, "then 0: empty");
        if (!cfg.hasWakeup() || cfg.genericSources() == 0) {
            log.println("skip button wakeup: the configuration has no generic interrupt source");
            return;
        }
        int source = 2 * cfg.nicQueues();   // generic line 0 = button 0
        write(control("grant", 0), source | (1L << TaskIntcRegisters.GRANT_ALLOW_BIT));
        long waiter = TaskWord.make(0x4000, 0, false);
        write(context(0, "wait", source), waiter);
        check(read(dequeue) == 0, "a task waits on source " + source + " (button 0)");
        pressButton.run();
        long deadline = System.nanoTime() + wakeTimeoutMillis * 1_000_000;
        long got = 0;
        while (got == 0 && System.nanoTime() < deadline) got = read(dequeue);
        check(got == waiter, "the button woke the task");
    }
}
