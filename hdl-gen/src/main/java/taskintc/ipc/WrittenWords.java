package taskintc.ipc;

import taskintc.spec.TaskIntcConfig;
import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.RegArray;

/**
 * Which words of each context's staged message (or staged result) were written since reset or since the
 * kernel last scrubbed the context. A staging RAM keeps whatever it held before (a RAM cannot be reset), so
 * the IPC unit passes every word it reads from it through {@link #guard}: an unwritten word reads, and is
 * copied, as 0, and a context never sees what an earlier owner of it staged.
 */
public final class WrittenWords extends Circuit {
    private final HwBool setValid, clearValid;
    private final HwUInt setContext, setWord, clearContext, queryContext, queryWord;
    private final HwBits raw, guarded;

    public WrittenWords(TaskIntcConfig cfg, int words) {
        int xw = cfg.contextWidth();
        int iw = Math.max(1, Hw.log2Up(words));
        setValid = inBool("set_valid");
        setContext = inUInt("set_context", xw);
        setWord = inUInt("set_word", iw);
        clearValid = inBool("clear_valid");
        clearContext = inUInt("clear_context", xw);
        queryContext = inUInt("query_context", xw);
        queryWord = inUInt("query_word", iw);
        raw = inBits("query_data", cfg.taskWidth());
        guarded = outBits("query_guarded", cfg.taskWidth());

        RegArray written = regArray("written", cfg.contexts(), words, 0);
        when(setValid, () -> {
            HwBits row = written.get(setContext);
            row.assign(row.or(Hw.oneHot(setWord, words)));
        });
        // A set and a clear never meet: both come from the one operation in the IPC unit's execute stage.
        when(clearValid, () -> written.get(clearContext).assign(0));
        guarded.assign(Hw.mux(written.get(queryContext).bit(queryWord), raw, Hw.bitsLit(0, cfg.taskWidth())));
    }

    /** Marks word {@code word} of {@code context} written when {@code valid}. */
    public void set(HwBool valid, HwUInt context, HwUInt word) {
        setValid.assign(valid);
        setContext.assign(context.resize(setContext.width()));
        setWord.assign(word.resize(setWord.width()));
    }

    /** Forgets every written word of {@code context} when {@code valid} (reset does it for every context). */
    public void clear(HwBool valid, HwUInt context) {
        clearValid.assign(valid);
        clearContext.assign(context.resize(clearContext.width()));
    }

    /** {@code data}, read from word {@code word} of {@code context}'s staging RAM, or 0 when that word is unwritten. */
    public HwBits guard(HwUInt context, HwUInt word, HwBits data) {
        queryContext.assign(context.resize(queryContext.width()));
        queryWord.assign(word.resize(queryWord.width()));
        raw.assign(data);
        return guarded;
    }
}
