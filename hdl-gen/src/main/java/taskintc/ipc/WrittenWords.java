package taskintc.ipc;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;
import taskintc.spec.TaskIntcConfig;

/**
 * Which words of each context's staged message (or staged result) were written since reset or since the
 * kernel last scrubbed the context. A staging RAM keeps whatever it held before (a RAM cannot be reset), so
 * {@link Staging} passes every word it reads from it through {@link #guard}: an unwritten word reads, and is
 * copied, as 0, and a context never sees what an earlier owner of it staged.
 */
final class WrittenWords extends Part {
    private final RegArray written;
    private final int words, wordBits;

    WrittenWords(Circuit owner, TaskIntcConfig cfg, String name, int words) {
        super(owner);
        this.words = words;
        wordBits = Math.max(1, Hw.log2Up(words));
        written = regArray(name, cfg.contexts(), words, 0);
    }

    /** Marks word {@code word} of {@code context} written when {@code valid}. */
    void set(HwBool valid, HwUInt context, HwUInt word) {
        when(valid, () -> {
            HwBits row = written.get(context);
            row.assign(row.or(Hw.oneHot(word.resize(wordBits), words)));
        });
    }

    /** Forgets every written word of {@code context} when {@code valid} (reset does it for every context). */
    void clear(HwBool valid, HwUInt context) {
        // A set and a clear never meet: both come from the one access in I1.
        when(valid, () -> written.get(context).assign(0));
    }

    /** {@code data}, read from word {@code word} of {@code context}'s staging RAM, or 0 when that word is unwritten. */
    HwBits guard(HwUInt context, HwUInt word, HwBits data) {
        return Hw.mux(written.get(context).bit(word.resize(wordBits)), data, Hw.bitsLit(0, data.width()));
    }
}
