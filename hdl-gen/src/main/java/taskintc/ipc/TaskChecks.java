package taskintc.ipc;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.spec.TaskWord;

/** What the IPC unit checks of a task word it is given (a handler, a message's reply task). */
final class TaskChecks {
    private TaskChecks() {}

    /** The word names no task: its pointer is 0. */
    static HwBool none(HwBits word) {
        return TaskWord.isNull(word);
    }

    /** The word names a task whose priority is not one of the {@code priorities} levels. */
    static HwBool badPriority(HwBits word, int priorities) {
        return none(word).not().and(TaskWord.priorityInRange(word, priorities).not());
    }
}
