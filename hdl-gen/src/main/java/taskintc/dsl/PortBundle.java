package taskintc.dsl;

import java.util.function.Supplier;

import scala.Option;
import spinal.core.Data;
import spinal.lib.IMasterSlave;
import spinal.lib.master$;
import spinal.lib.slave$;

/**
 * A record with directions (a SpinalHDL Bundle that is an {@code IMasterSlave}): the whole interface
 * between two circuits as one port on each side, connected with one call. {@link #directions} states
 * the directions seen from the master side; the slave side is the mirror image. Fields are declared like
 * a {@link Record}'s, plus streams and flows.
 */
public abstract class PortBundle extends Record implements IMasterSlave {
    private Option<Object> masterSide = Option.empty();

    /** The directions seen from the master: mark each field with the methods of {@link Directions}. */
    protected abstract void directions(Directions d);

    /** Direction markers, used only inside {@link #directions}. */
    public static final class Directions {
        private Directions() {}

        public void out(HwData... fields) {
            for (HwData f : fields) if (f != null) f.raw().asOutput();
        }

        public void in(HwData... fields) {
            for (HwData f : fields) if (f != null) f.raw().asInput();
        }

        /** A stream or flow the master sends. */
        public void master(HwStream<?> s) { master$.MODULE$.apply(s.raw()); }

        public void master(HwFlow<?> f) { master$.MODULE$.apply(f.raw()); }

        /** A stream or flow the master receives. */
        public void slave(HwStream<?> s) { slave$.MODULE$.apply(s.raw()); }

        public void slave(HwFlow<?> f) { slave$.MODULE$.apply(f.raw()); }
    }

    protected <T extends Data> HwStream<T> stream(String name, Supplier<T> payload) {
        return new HwStream<>(valCallback(HwStream.create(payload), name));
    }

    protected <T extends Data> HwFlow<T> flow(String name, Supplier<T> payload) {
        return new HwFlow<>(valCallback(HwFlow.create(payload), name));
    }

    @Override
    public final void asMaster() {
        directions(new Directions());
    }

    // IMasterSlave keeps whether this port was made master or slave; Scala traits store it in the class.
    @Override
    public Option<Object> spinal$lib$IMasterSlave$$_isMasterInterface() {
        return masterSide;
    }

    @Override
    public void spinal$lib$IMasterSlave$$_isMasterInterface_$eq(Option<Object> side) {
        masterSide = side;
    }
}
