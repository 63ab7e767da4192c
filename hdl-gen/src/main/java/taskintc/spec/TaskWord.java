package taskintc.spec;

import java.util.List;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.regmap.Field;

/** TAIC's task-word layout: [W-1:6] pointer to a 64-byte-aligned task control block, [5:1] priority, [0] preempt. */
public final class TaskWord {
    private TaskWord() {}

    public static final int PREEMPT_BIT = 0;
    public static final int PRIORITY_LSB = 1;
    public static final int PRIORITY_WIDTH = 5;
    public static final int POINTER_LSB = 6;

    public static List<Field> fields(int width) {
        return List.of(
                new Field("preempt", PREEMPT_BIT, 1, "1: a wakeup of this task goes to the head of its level and may preempt"),
                new Field("priority", PRIORITY_LSB, PRIORITY_WIDTH, "priority level, 0 is the highest; must be below the number of levels"),
                new Field("pointer", POINTER_LSB, width - POINTER_LSB,
                        "task control block address bits [W-1:6] (64-byte aligned); 0 is refused"));
    }

    public static long make(long tcbAddress, int priority, boolean preempt) {
        return (tcbAddress & ~63L) | ((long) (priority & 31) << PRIORITY_LSB) | (preempt ? 1 : 0);
    }

    public static int priority(long word) {
        return (int) ((word >>> PRIORITY_LSB) & 31);
    }

    public static boolean preempt(long word) {
        return (word & 1) != 0;
    }

    public static long pointer(long word) {
        return word & ~63L;
    }

    /** In hardware: the word's priority field. */
    public static HwUInt priorityOf(HwBits word) {
        return word.slice(PRIORITY_LSB, PRIORITY_WIDTH).asUInt();
    }

    /**
     * In hardware: the word's priority is one of {@code priorities} levels (0..priorities-1). The one definition of
     * the range check, for the scheduler's operands and the IPC unit's task words alike.
     */
    public static HwBool priorityInRange(HwBits word, int priorities) {
        return priorityOf(word).lt(priorities);
    }

    /** In hardware: the word names no task (its pointer is 0). */
    public static HwBool isNull(HwBits word) {
        return word.slice(POINTER_LSB, word.width() - POINTER_LSB).asUInt().eq(0);
    }
}
