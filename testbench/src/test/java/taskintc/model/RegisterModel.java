package taskintc.model;

/**
 * The bus-visible behaviour of the controller, written from the register specification (offsets, access
 * rules, page layout) independently of the generator's register-map declaration. One call per bus access.
 */
public final class RegisterModel {
    public static final long MAGIC_ID = (0x544943L << 8) | 1;

    /** Byte offsets within a context page. */
    public static final int ENQUEUE = 0x000, ENQUEUE_HEAD = 0x008, REMOVE = 0x010, COUNT = 0x018, LEVELS = 0x020,
            ERROR = 0x028, DEQUEUE = 0x100;
    /** Byte offsets within the control page. */
    public static final int ID = 0x000, PARAMS = 0x008, POOL_FREE = 0x010, CONTROL_ERROR = 0x018, CURRENT_TASK = 0x100,
            CURRENT_CONTEXT = 0x200, CONTEXT_COUNT = 0x400, CONTEXT_LEVELS = 0x800;

    public record Result(long data, boolean error) {}

    public final SchedulerModel s;
    private final long paramsWord;

    public RegisterModel(SchedulerModel s) {
        this.s = s;
        this.paramsWord = s.contexts | ((long) s.priorities << 9) | ((long) Integer.numberOfTrailingZeros(s.capacity) << 15)
                | ((long) s.harts << 20) | ((s.width == 64 ? 1L : 0L) << 27);
    }

    public static long contextPage(int ctx) {
        return 0x1000L * (ctx + 1);
    }

    /** A write of {@code data}; {@code fullWidth} false when some byte lanes are not written. */
    public Result write(long address, long data, boolean fullWidth) {
        long page = address >>> 12;
        int off = (int) (address & 0xFFF);
        if (page >= 1 && page <= s.contexts) {
            int ctx = (int) page - 1;
            if (fullWidth && (off == ENQUEUE || off == ENQUEUE_HEAD || off == REMOVE)) {
                if (off == REMOVE) s.remove(ctx, data);
                else s.enqueue(ctx, data, off == ENQUEUE_HEAD);
                return new Result(0, false);
            }
            s.fault(ctx);
            return new Result(0, true);
        }
        s.fault(-1);
        return new Result(0, true);
    }

    public Result read(long address) {
        long page = address >>> 12;
        int off = (int) (address & 0xFFF);
        if (page >= 1 && page <= s.contexts) {
            int ctx = (int) page - 1;
            switch (off) {
                case COUNT: return ok(s.count(ctx));
                case LEVELS: return ok(s.levels(ctx));
                case ERROR: return ok(s.readError(ctx));
                default:
                    int h = index(off, DEQUEUE, s.harts);
                    if (h >= 0) return ok(s.dequeue(ctx, h));
                    s.fault(ctx);
                    return new Result(0, true);
            }
        }
        if (page == 0) {
            switch (off) {
                case ID: return ok(MAGIC_ID);
                case PARAMS: return ok(paramsWord);
                case POOL_FREE: return ok(s.poolFree());
                case CONTROL_ERROR: return ok(s.readControlError());
                default:
                    int i;
                    if ((i = index(off, CURRENT_TASK, s.harts)) >= 0) return ok(s.currentTask(i));
                    if ((i = index(off, CURRENT_CONTEXT, s.harts)) >= 0) return ok(s.currentContext(i));
                    if ((i = index(off, CONTEXT_COUNT, s.contexts)) >= 0) return ok(s.count(i));
                    if ((i = index(off, CONTEXT_LEVELS, s.contexts)) >= 0) return ok(s.levels(i));
            }
        }
        s.fault(page >= 1 && page <= s.contexts ? (int) page - 1 : -1);
        return new Result(0, true);
    }

    private static Result ok(long v) {
        return new Result(v, false);
    }

    private static int index(int off, int base, int count) {
        if (off < base || off >= base + 8 * count || (off - base) % 8 != 0) return -1;
        return (off - base) / 8;
    }
}
