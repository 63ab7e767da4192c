package taskintc.sim;

/**
 * Task words in failure messages: hexadecimal, with the fields of the task word (TAIC's layout: bits
 * [W-1:6] pointer to a 64-byte-aligned task control block, [5:1] priority, [0] preempt).
 */
public final class TaskWords {
    private TaskWords() {}

    /** {@code 0x184 (tcb 0x180, priority 2)}, with {@code , preempt} when bit 0 is set; {@code 0 (none)} for 0. */
    public static String describe(long word) {
        if (word == 0) return "0x0 (none)";
        return String.format("0x%x (tcb 0x%x, priority %d%s)", word, word & ~0x3FL, (word >>> 1) & 0x1F,
                (word & 1) != 0 ? ", preempt" : "");
    }

    /** Fails, with both words in hexadecimal and their fields, unless {@code actual == expected}. */
    public static void assertTaskWord(long expected, long actual) {
        assertTaskWord(expected, actual, null);
    }

    public static void assertTaskWord(long expected, long actual, String message) {
        if (expected != actual)
            throw new AssertionError((message == null ? "" : message + ": ") + "expected task word " + describe(expected)
                    + " but was " + describe(actual));
    }
}
