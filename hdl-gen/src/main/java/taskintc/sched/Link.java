package taskintc.sched;

import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwUInt;
import taskintc.spec.TaskIntcConfig;

/**
 * The word the pool's links RAM holds per entry: the index of its successor and, with sources, the
 * successor's routing (context and the task word's priority and preempt bits). Wait lists need the
 * routing: a wakeup must know the next waiter's ready list before it reads that waiter's task word.
 */
final class Link {
    /** Task-word bits a link carries: [5:1] priority and [0] preempt. */
    static final int TASK_BITS = 6;

    final int indexWidth, contextWidth, routingWidth, width;

    Link(TaskIntcConfig cfg) {
        indexWidth = cfg.indexWidth();
        contextWidth = cfg.contextWidth();
        routingWidth = cfg.hasWakeup() ? contextWidth + TASK_BITS : 0;
        width = indexWidth + routingWidth;
    }

    /** A link to entry {@code index}; {@code routing} null (routing zero) where only ready or free lists follow it. */
    HwBits to(HwBits routing, HwUInt index) {
        if (routingWidth == 0) return index.asBits();
        return Hw.cat(routing == null ? Hw.bitsLit(0, routingWidth) : routing, index);
    }

    HwUInt index(HwBits link) {
        return link.slice(0, indexWidth).asUInt();
    }

    /** The successor's priority and preempt bits, in their task-word positions. */
    HwBits taskBits(HwBits link) {
        return link.slice(indexWidth, TASK_BITS);
    }

    HwUInt context(HwBits link) {
        return link.slice(indexWidth + TASK_BITS, contextWidth).asUInt();
    }
}
