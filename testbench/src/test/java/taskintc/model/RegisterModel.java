package taskintc.model;

/**
 * The bus-visible behaviour of the controller, written from the register specification (offsets, access
 * rules, region layout) independently of the generator's register-map declaration. An access is first
 * decoded (which is all a posted write's bus response depends on), then executed in the order the
 * controller executes it.
 */
public final class RegisterModel {
    public static final int VERSION = 4;
    public static final long MAGIC_ID = (0x544943L << 8) | VERSION;

    /** Byte offsets within a context region (plus {@link #waitOffset} and {@link #cancelWaitOffset} for the per-source windows). */
    public static final int ENQUEUE = 0x000, ENQUEUE_HEAD = 0x008, REMOVE = 0x010, COUNT = 0x018, LEVELS = 0x020,
            ERROR = 0x028, DEQUEUE = 0x100;
    /** Byte offsets within the control region (plus {@link #sourceStatusOffset}). */
    public static final int ID = 0x000, PARAMS = 0x008, POOL_FREE = 0x010, CONTROL_ERROR = 0x018, GRANT = 0x020,
            SOURCE_CONFIG = 0x028, NIC_COALESCE = 0x030, INJECT = 0x038, NOTIFY = 0x040, NOTIFY_HART = 0x048, USIP = 0x050,
            CURRENT_TASK = 0x100, CURRENT_CONTEXT = 0x200, HART_CONTEXT = 0x300, CONTEXT_COUNT = 0x400, CONTEXT_LEVELS = 0x800;

    /** IPC offsets: context region, then control region. */
    public static final int IPC_SEND = 0x040, IPC_SYSCALL = 0x048, IPC_RECEIVE = 0x050, IPC_REPLY = 0x058, IPC_REPLY_POP = 0x060,
            IPC_STATUS = 0x068, IPC_ERROR = 0x070, IPC_TAKE = 0x078, IPC_HANDLER = 0x200, IPC_RESULT = 0x280, IPC_REPLY_DATA = 0x300,
            IPC_MESSAGE = 0x400, IPC_RX = 0x600;
    public static final int IPC_GRANT = 0x058, IPC_SYSCALL_CONTEXT = 0x060, IPC_CONTROL_ERROR = 0x068, IPC_SCRUB = 0x070;

    public record Result(long data, boolean error) {}

    /** What an access is, before it is executed. */
    public enum Kind {
        FAULT_CONTEXT, FAULT_CONTROL, ENQUEUE, ENQUEUE_HEAD, REMOVE, DEQUEUE, COUNT, LEVELS, ERROR, WAIT, CANCEL_WAIT,
        ID, PARAMS, POOL_FREE, CONTROL_ERROR, GRANT, SOURCE_CONFIG, NIC_COALESCE, INJECT, NOTIFY, NOTIFY_HART, USIP,
        CURRENT_TASK, CURRENT_CONTEXT, HART_CONTEXT, CONTEXT_COUNT, CONTEXT_LEVELS, SOURCE_STATUS,
        IPC_SEND, IPC_SYSCALL, IPC_RECEIVE, IPC_TAKE, IPC_SELECT, IPC_REPLY, IPC_REPLY_POP, IPC_STATUS, IPC_ERROR, IPC_HANDLER_WRITE, IPC_HANDLER_READ,
        IPC_RESULT_WRITE, IPC_RESULT_READ, IPC_REPLY_DATA, IPC_MESSAGE_WRITE, IPC_MESSAGE_READ, IPC_RX,
        IPC_GRANT, IPC_SYSCALL_CONTEXT, IPC_CONTROL_ERROR, IPC_SCRUB
    }

    public record Decoded(Kind kind, int ctx, int index) {
        public boolean refused() {
            return kind == Kind.FAULT_CONTEXT || kind == Kind.FAULT_CONTROL;
        }
    }

    public final SchedulerModel s;
    public final SourcesModel src;
    private final long paramsWord;
    public final long region;
    public final int waitOffset, cancelWaitOffset, sourceStatusOffset;

    public RegisterModel(SchedulerModel s) {
        this.s = s;
        this.src = s.sources;
        int n = src == null ? 0 : src.sources;
        int array = n == 0 ? 0 : Integer.highestOneBit(Math.max(1, 8 * n - 1)) << 1;
        waitOffset = n == 0 ? -1 : alignUp(0x800, array);
        // The cancel window follows the wait window, each an aligned power of two of at least two slots.
        int window = Math.max(array, 16);
        cancelWaitOffset = n == 0 ? -1 : waitOffset + window;
        sourceStatusOffset = n == 0 ? -1 : alignUp(0xC00, array);
        long r = 4096;
        while (n > 0 && (cancelWaitOffset + window > r || sourceStatusOffset + array > r)) r *= 2;
        region = r;
        this.paramsWord = s.contexts | ((long) s.priorities << 9) | ((long) Integer.numberOfTrailingZeros(s.capacity) << 15)
                | ((long) s.harts << 20) | ((s.width == 64 ? 1L : 0L) << 27)
                | ((long) (Long.numberOfTrailingZeros(region) - 12) << 28);
    }

    private static int alignUp(int v, int a) {
        return a == 0 ? v : (v + a - 1) / a * a;
    }

    public long contextPage(int ctx) {
        return region * (ctx + 1);
    }

    public static long contextPage4k(int ctx) {
        return 0x1000L * (ctx + 1);
    }

    private boolean ipc() {
        return s.ipc != null;
    }

    private int sources() {
        return src == null ? 0 : src.sources;
    }

    public Decoded decode(long address, boolean write, boolean fullWidth) {
        long page = address / region;
        // An access narrower than the bus is refused, read or write: a narrow dequeue would lose half a task.
        if (!fullWidth && !write) return page >= 1 && page <= s.contexts
                ? new Decoded(Kind.FAULT_CONTEXT, (int) page - 1, 0) : new Decoded(Kind.FAULT_CONTROL, 0, 0);
        int off = (int) (address % region);
        if (page >= 1 && page <= s.contexts) {
            int ctx = (int) page - 1;
            if (write) {
                if (!fullWidth) return new Decoded(Kind.FAULT_CONTEXT, ctx, 0);
                if (off == ENQUEUE) return new Decoded(Kind.ENQUEUE, ctx, 0);
                if (off == ENQUEUE_HEAD) return new Decoded(Kind.ENQUEUE_HEAD, ctx, 0);
                if (off == REMOVE) return new Decoded(Kind.REMOVE, ctx, 0);
                int i = index(off, waitOffset, sources());
                if (i >= 0) return new Decoded(Kind.WAIT, ctx, i);
                if ((i = index(off, cancelWaitOffset, sources())) >= 0) return new Decoded(Kind.CANCEL_WAIT, ctx, i);
                if (ipc()) {
                    if (off == IPC_SEND) return new Decoded(Kind.IPC_SEND, ctx, 0);
                    if (off == IPC_SYSCALL) return new Decoded(Kind.IPC_SYSCALL, ctx, 0);
                    if (off == IPC_REPLY) return new Decoded(Kind.IPC_REPLY, ctx, 0);
                    if (off == IPC_TAKE) return new Decoded(Kind.IPC_SELECT, ctx, 0);
                    if ((i = index(off, IPC_HANDLER, s.ipc.channels + 1)) >= 0) return new Decoded(Kind.IPC_HANDLER_WRITE, ctx, i);
                    if ((i = index(off, IPC_RESULT, s.ipc.resultWords)) >= 0) return new Decoded(Kind.IPC_RESULT_WRITE, ctx, i);
                    if ((i = index(off, IPC_MESSAGE, s.ipc.messageWords)) >= 0) return new Decoded(Kind.IPC_MESSAGE_WRITE, ctx, i);
                }
                return new Decoded(Kind.FAULT_CONTEXT, ctx, 0);
            }
            if (ipc()) {
                int i;
                if (off == IPC_RECEIVE) return new Decoded(Kind.IPC_RECEIVE, ctx, 0);
                if (off == IPC_TAKE) return new Decoded(Kind.IPC_TAKE, ctx, 0);
                if (off == IPC_REPLY_POP) return new Decoded(Kind.IPC_REPLY_POP, ctx, 0);
                if (off == IPC_STATUS) return new Decoded(Kind.IPC_STATUS, ctx, 0);
                if (off == IPC_ERROR) return new Decoded(Kind.IPC_ERROR, ctx, 0);
                if ((i = index(off, IPC_HANDLER, s.ipc.channels + 1)) >= 0) return new Decoded(Kind.IPC_HANDLER_READ, ctx, i);
                if ((i = index(off, IPC_RESULT, s.ipc.resultWords)) >= 0) return new Decoded(Kind.IPC_RESULT_READ, ctx, i);
                if ((i = index(off, IPC_REPLY_DATA, s.ipc.resultWords)) >= 0) return new Decoded(Kind.IPC_REPLY_DATA, ctx, i);
                if ((i = index(off, IPC_MESSAGE, s.ipc.messageWords)) >= 0) return new Decoded(Kind.IPC_MESSAGE_READ, ctx, i);
                if ((i = index(off, IPC_RX, s.ipc.messageWords)) >= 0) return new Decoded(Kind.IPC_RX, ctx, i);
            }
            if (off == COUNT) return new Decoded(Kind.COUNT, ctx, 0);
            if (off == LEVELS) return new Decoded(Kind.LEVELS, ctx, 0);
            if (off == ERROR) return new Decoded(Kind.ERROR, ctx, 0);
            int h = index(off, DEQUEUE, s.harts);
            if (h >= 0) return new Decoded(Kind.DEQUEUE, ctx, h);
            return new Decoded(Kind.FAULT_CONTEXT, ctx, 0);
        }
        if (page == 0) {
            boolean irq = sources() > 0;
            int i;
            if (write) {
                if (!fullWidth) return new Decoded(Kind.FAULT_CONTROL, 0, 0);
                if (irq) {
                    if (off == GRANT) return new Decoded(Kind.GRANT, 0, 0);
                    if (off == SOURCE_CONFIG) return new Decoded(Kind.SOURCE_CONFIG, 0, 0);
                    if (off == NIC_COALESCE) return new Decoded(Kind.NIC_COALESCE, 0, 0);
                    if (off == INJECT) return new Decoded(Kind.INJECT, 0, 0);
                    if (off == NOTIFY_HART) return new Decoded(Kind.NOTIFY_HART, 0, 0);
                    if ((i = index(off, HART_CONTEXT, s.harts)) >= 0) return new Decoded(Kind.HART_CONTEXT, 0, i);
                }
                if (ipc() && off == IPC_GRANT) return new Decoded(Kind.IPC_GRANT, 0, 0);
                if (ipc() && off == IPC_SYSCALL_CONTEXT) return new Decoded(Kind.IPC_SYSCALL_CONTEXT, 0, 0);
                if (ipc() && off == IPC_SCRUB) return new Decoded(Kind.IPC_SCRUB, 0, 0);
                return new Decoded(Kind.FAULT_CONTROL, 0, 0);
            }
            if (off == ID) return new Decoded(Kind.ID, 0, 0);
            if (off == PARAMS) return new Decoded(Kind.PARAMS, 0, 0);
            if (off == POOL_FREE) return new Decoded(Kind.POOL_FREE, 0, 0);
            if (off == CONTROL_ERROR) return new Decoded(Kind.CONTROL_ERROR, 0, 0);
            if (irq && off == NOTIFY) return new Decoded(Kind.NOTIFY, 0, 0);
            if (irq && off == USIP) return new Decoded(Kind.USIP, 0, 0);
            if (ipc() && off == IPC_CONTROL_ERROR) return new Decoded(Kind.IPC_CONTROL_ERROR, 0, 0);
            if ((i = index(off, CURRENT_TASK, s.harts)) >= 0) return new Decoded(Kind.CURRENT_TASK, 0, i);
            if ((i = index(off, CURRENT_CONTEXT, s.harts)) >= 0) return new Decoded(Kind.CURRENT_CONTEXT, 0, i);
            if ((i = index(off, CONTEXT_COUNT, s.contexts)) >= 0) return new Decoded(Kind.CONTEXT_COUNT, i, 0);
            if ((i = index(off, CONTEXT_LEVELS, s.contexts)) >= 0) return new Decoded(Kind.CONTEXT_LEVELS, i, 0);
            if (irq && (i = index(off, sourceStatusOffset, sources())) >= 0) return new Decoded(Kind.SOURCE_STATUS, 0, i);
        }
        return new Decoded(Kind.FAULT_CONTROL, 0, 0);
    }

    /** Executes a decoded access: the read data (0 for writes) and whether the bus answers with an error. */
    public Result execute(Decoded d, long data) {
        int c = d.ctx(), i = d.index();
        switch (d.kind()) {
            case FAULT_CONTEXT: s.fault(c); return new Result(0, true);
            case FAULT_CONTROL: s.controlFault(); return new Result(0, true);
            case ENQUEUE: s.enqueue(c, data, false); return ok(0);
            case ENQUEUE_HEAD: s.enqueue(c, data, true); return ok(0);
            case REMOVE: s.remove(c, data); return ok(0);
            case WAIT: src.waitOn(c, i, data); return ok(0);
            case CANCEL_WAIT: src.cancelWait(c, i, data); return ok(0);
            case DEQUEUE: return ok(s.dequeue(c, i));
            case COUNT: case CONTEXT_COUNT: return ok(s.count(c));
            case LEVELS: case CONTEXT_LEVELS: return ok(s.levels(c));
            case ERROR: return ok(s.readError(c));
            case ID: return ok(MAGIC_ID);
            case PARAMS: return ok(paramsWord);
            case POOL_FREE: return ok(s.poolFree());
            case CONTROL_ERROR: return ok(s.readControlError());
            case CURRENT_TASK: return ok(s.currentTask(i));
            case CURRENT_CONTEXT: return ok(s.currentContext(i));
            case NOTIFY: return ok(src.preemption.readNotify());
            case USIP: return ok(src.preemption.usip());
            case SOURCE_STATUS: return ok(src.status(i));
            case IPC_SEND: s.ipc.send(c, data); return ok(0);
            case IPC_SYSCALL: s.ipc.syscall(c); return ok(0);
            case IPC_RECEIVE: return ok(s.ipc.receive(c));
            case IPC_TAKE: return ok(s.ipc.take(c));
            case IPC_SELECT: s.ipc.select(c, data); return ok(0);
            case IPC_REPLY: s.ipc.reply(c, data); return ok(0);
            case IPC_REPLY_POP: return ok(s.ipc.replyPop(c));
            case IPC_STATUS: return ok(s.ipc.status(c));
            case IPC_ERROR: return ok(s.ipc.readError(c));
            case IPC_HANDLER_WRITE: s.ipc.writeHandler(c, i, data); return ok(0);
            case IPC_HANDLER_READ: return ok(s.ipc.readHandler(c, i));
            case IPC_RESULT_WRITE: s.ipc.writeResult(c, i, data); return ok(0);
            case IPC_RESULT_READ: return ok(s.ipc.readResult(c, i));
            case IPC_REPLY_DATA: return ok(s.ipc.readReply(c, i));
            case IPC_MESSAGE_WRITE: s.ipc.writeMessage(c, i, data); return ok(0);
            case IPC_MESSAGE_READ: return ok(s.ipc.readMessage(c, i));
            case IPC_RX: return ok(s.ipc.readRx(c, i));
            case IPC_GRANT: s.ipc.grant(data); return ok(0);
            case IPC_SYSCALL_CONTEXT: s.ipc.syscallContext(data); return ok(0);
            case IPC_CONTROL_ERROR: return ok(s.ipc.readControlError());
            case IPC_SCRUB: s.ipc.scrub(data); return ok(0);
            default: return configure(d, data);
        }
    }

    private Result configure(Decoded d, long data) {
        int source = (int) (data & 0x3FF);
        boolean inRange = source < sources();
        switch (d.kind()) {
            case GRANT: {
                int ctx = (int) ((data >>> 16) & 0xFF);
                if (inRange && ctx < s.contexts) src.grant(ctx, source, ((data >>> 31) & 1) != 0);
                else s.controlFault();
                break;
            }
            case SOURCE_CONFIG:
                if (inRange) src.configure(source, bit(data, 16), bit(data, 17), bit(data, 18), bit(data, 19));
                else s.controlFault();
                break;
            case NIC_COALESCE:
                if (source < 2 * src.nicQueues) src.coalesce(source, (int) ((data >>> 10) & 63), (int) ((data >>> 16) & 0xFFFF));
                else s.controlFault();
                break;
            case INJECT:
                if (inRange) src.inject(source);
                else s.controlFault();
                break;
            case NOTIFY_HART: {
                int h = (int) (data & 31);
                if (h < s.harts) src.preemption.notifyHart(h);
                else s.controlFault();
                break;
            }
            case HART_CONTEXT: {
                boolean valid = bit(data, 31);
                int ctx = (int) (data & 0xFF);
                if (valid && ctx >= s.contexts) s.controlFault();
                else src.preemption.hartContext(d.index(), valid, ctx); // the context only matters while valid
                break;
            }
            default: throw new IllegalStateException(d.kind().toString());
        }
        return ok(0);
    }

    /** Decode and execute in one step (for tests without concurrency). */
    public Result write(long address, long data, boolean fullWidth) {
        return execute(decode(address, true, fullWidth), data);
    }

    public Result read(long address) {
        return execute(decode(address, false, true), 0);
    }

    private static boolean bit(long v, int b) {
        return ((v >>> b) & 1) != 0;
    }

    private static Result ok(long v) {
        return new Result(v, false);
    }

    private static int index(int off, int base, int count) {
        if (base < 0 || off < base || off >= base + 8 * count || (off - base) % 8 != 0) return -1;
        return (off - base) / 8;
    }
}
