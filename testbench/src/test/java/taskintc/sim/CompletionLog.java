package taskintc.sim;

import java.util.ArrayList;
import java.util.List;

/** The completions a bus master has collected and not yet handed out; shared by every master. */
abstract class CompletionLog implements BusMaster {
    protected final Clock clock;
    protected final List<Completion> done = new ArrayList<>();

    protected CompletionLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Completion> takeCompleted() {
        List<Completion> out = new ArrayList<>(done);
        done.clear();
        return out;
    }

    @Override
    public long cycle() {
        return clock.cycle();
    }
}
