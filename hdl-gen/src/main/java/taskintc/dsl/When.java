package taskintc.dsl;

import spinal.core.WhenContext;

/** Chain of {@code when / elseWhen / otherwise}. */
public final class When {
    private final WhenContext ctx;

    When(WhenContext ctx) {
        this.ctx = ctx;
    }

    public When elseWhen(HwBool cond, Runnable body) {
        return new When(ctx.elsewhen(cond.raw(), Hw.fn(body), Hw.loc()));
    }

    public void otherwise(Runnable body) {
        ctx.otherwise(Hw.fn(body));
    }
}
