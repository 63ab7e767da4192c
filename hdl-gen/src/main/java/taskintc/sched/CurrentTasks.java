package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;

/**
 * What each hart runs, as far as the controller knows: the task its last dequeue returned (0 when the
 * level was empty) and that task's context, recorded in S2. Preemption compares woken tasks with them.
 */
final class CurrentTasks extends Part {
    final RegArray task, context;
    /** S2: the dequeue's answer (0 when nothing was ready). */
    final HwBits dequeued2;

    CurrentTasks(Circuit owner, SchedPipeline pipe, TaskPool pool) {
        super(owner);
        var cfg = pipe.cfg;
        var s2 = pipe.s2;
        task = regArray("currentTask", cfg.harts(), cfg.taskWidth(), 0);
        context = regArray("currentContext", cfg.harts(), cfg.contextWidth() + 1, 0);
        dequeued2 = mux(s2.dequeueOk, pool.word2, Hw.bitsLit(0, cfg.taskWidth()));
        when(s2.valid.and(s2.isDeq), () -> {
            task.get(s2.hart).assign(dequeued2);
            context.get(s2.hart).assign(cat(s2.dequeueOk, s2.context));
        });
    }
}
