package taskintc.dsl;

import spinal.core.Bundle;
import spinal.core.package$;

/**
 * A named group of signals (a SpinalHDL Bundle), for stream payloads and interfaces. Declare fields
 * with {@link #uint}, {@link #bits} and {@link #bool}; the names reach the Verilog as
 * {@code <port>_payload_<field>}.
 */
public abstract class Record extends Bundle {
    protected HwUInt uint(String name, int width) {
        return new HwUInt(valCallback(package$.MODULE$.UInt(Hw.bits(width)), name));
    }

    protected HwBits bits(String name, int width) {
        return new HwBits(valCallback(package$.MODULE$.Bits(Hw.bits(width)), name));
    }

    /** Every field of this record takes the value of the same field of {@code value} (a record of the same class). */
    public void assign(Record value) {
        if (value.getClass() != getClass())
            throw new IllegalArgumentException("cannot assign a " + value.getClass().getSimpleName() + " to a " + getClass().getSimpleName());
        package$.MODULE$.DataPimped(this).$colon$eq(value, Hw.loc());
    }

    protected HwBool bool(String name) {
        return new HwBool(valCallback(package$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT), name));
    }
}
