package taskintc.dsl;

import java.util.function.Consumer;

/**
 * A named part of a circuit (SpinalHDL's {@code Area}): a class that builds some of its owner's hardware
 * with the same vocabulary, inside the same Verilog module. Parts let a large circuit read as a few
 * small pieces a reader finds by name, at no cost in the generated RTL. Build parts inside the owner's
 * constructor; signal names reach the Verilog unchanged (no prefix), so give them names that say which
 * part and which pipeline stage they belong to.
 */
public abstract class Part {
    private final Circuit owner;

    protected Part(Circuit owner) {
        this.owner = owner;
    }

    protected HwBool wireBool(String name) { return owner.wireBool(name); }

    protected HwBool wireBool(String name, HwBool value) { return owner.wireBool(name, value); }

    protected HwUInt wireUInt(String name, int width) { return owner.wireUInt(name, width); }

    protected HwUInt wireUInt(String name, HwUInt value) { return owner.wireUInt(name, value); }

    protected HwBits wireBits(String name, int width) { return owner.wireBits(name, width); }

    protected HwBits wireBits(String name, HwBits value) { return owner.wireBits(name, value); }

    protected HwBool regBool(String name, boolean reset) { return owner.regBool(name, reset); }

    protected HwUInt regUInt(String name, int width, long reset) { return owner.regUInt(name, width, reset); }

    protected HwUInt regUInt(String name, int width) { return owner.regUInt(name, width); }

    protected HwBits regBits(String name, int width, long reset) { return owner.regBits(name, width, reset); }

    protected HwBits regBits(String name, HwBits reset) { return owner.regBits(name, reset); }

    protected HwBits regBits(String name, int width) { return owner.regBits(name, width); }

    protected HwUInt delay(String name, HwUInt value) { return owner.delay(name, value); }

    protected HwBits delay(String name, HwBits value) { return owner.delay(name, value); }

    protected HwBool delay(String name, HwBool value, boolean reset) { return owner.delay(name, value, reset); }

    protected RegArray regArray(String name, int count, int width, long reset) { return owner.regArray(name, count, width, reset); }

    protected Ram ram(String name, int depth, int width) { return owner.ram(name, depth, width); }

    protected When when(HwBool cond, Runnable body) { return owner.when(cond, body); }

    protected void switchOn(HwUInt selector, Consumer<Circuit.Cases> cases) { owner.switchOn(selector, cases); }
}
