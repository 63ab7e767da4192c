package taskintc.board;

import spinal.lib.bus.amba3.apb.Apb3;
import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.wishbone.Wishbone;
import taskintc.spec.BusKind;
import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;

/** What every board design shares: the UART bridge as an AXI4-Lite master, debounced buttons, a timer, a heartbeat. */
abstract class BridgedBoard extends Circuit {

    /**
     * Makes the bridge the master of {@code bus}, a slave port of a child bound as {@code kind}: one access at a time,
     * {@code dataWidth} bits. One call per board design; each bus has its own small master below.
     */
    protected void busMaster(spinal.core.Data bus, BusKind kind, UartBridge bridge, int dataWidth) {
        switch (kind) {
            case AXI4LITE -> axiLiteMaster((AxiLite4) bus, bridge, dataWidth);
            case APB3 -> apb3Master((Apb3) bus, bridge);
            case WISHBONE -> wishboneMaster((Wishbone) bus, bridge, dataWidth);
            case AXI4 -> throw new IllegalArgumentException("board designs bind the controller with --bus axi4lite, apb3 or wishbone, not axi4");
        }
    }

    /** Drives {@code apb}: SETUP (psel) then ACCESS (penable) until PREADY. */
    private void apb3Master(Apb3 apb, UartBridge bridge) {
        HwBool sel = regBool("psel", false), enable = regBool("penable", false);
        HwBool ready = new HwBool(apb.PREADY());
        HwBool done = wireBool("apbDone", sel.and(enable).and(ready));
        when(done, () -> {
            sel.assign(false);
            enable.assign(false);
        }).elseWhen(sel, () -> enable.assign(true));
        when(bridge.accessStart, () -> sel.assign(true));
        drive(apb.PSEL(), sel.asBits().raw());
        drive(apb.PENABLE(), enable.raw());
        drive(apb.PWRITE(), bridge.accessWrite.raw());
        drive(apb.PADDR(), bridge.accessAddress.raw());
        drive(apb.PWDATA(), bridge.accessWriteData.raw());
        bridge.accessDone.assign(done);
        bridge.accessError.assign(new HwBool(apb.PSLVERROR()));
        bridge.accessReadData.assign(new HwBits(apb.PRDATA()));
    }

    /** Drives {@code wb} (classic cycles, word addressed): a byte address inside a word is refused with an error reply. */
    private void wishboneMaster(Wishbone wb, UartBridge bridge, int dataWidth) {
        HwBool start = bridge.accessStart;
        HwUInt address = bridge.accessAddress;
        int wordBits = Integer.numberOfTrailingZeros(dataWidth / 8);
        HwBool cyc = regBool("cyc", false);
        HwBool ack = new HwBool(wb.ACK()), err = new HwBool(wb.ERR());
        // The bus is word-addressed: a byte address inside a word would silently reach the whole word,
        // so it is refused here (a bus error reply) instead of being issued.
        HwBool misaligned = wireBool("wbMisaligned", address.slice(0, wordBits).orR());
        HwBool refuse = regBool("wbRefuse", false);
        refuse.assign(start.and(misaligned));
        HwBool done = wireBool("wbDone", cyc.and(ack.or(err)).or(refuse));
        when(cyc.and(ack.or(err)), () -> cyc.assign(false));
        when(start.and(misaligned.not()), () -> cyc.assign(true));
        drive(wb.CYC(), cyc.raw());
        drive(wb.STB(), cyc.raw());
        drive(wb.WE(), bridge.accessWrite.raw());
        drive(wb.ADR(), address.shr(wordBits).resize(address.width() - wordBits).raw());
        drive(wb.DAT_MOSI(), bridge.accessWriteData.raw());
        drive(wb.SEL(), Hw.bitsLit((1L << (dataWidth / 8)) - 1, dataWidth / 8).raw());
        bridge.accessDone.assign(done);
        bridge.accessError.assign(err.or(refuse));
        bridge.accessReadData.assign(new HwBits(wb.DAT_MISO()));
    }

    /** Drives {@code axi} (a slave port of a child) from the bridge: one access at a time. */
    protected void axiLiteMaster(AxiLite4 axi, UartBridge bridge, int dataWidth) {
        HwBool start = bridge.accessStart, write = bridge.accessWrite;
        HwBool awValid = regBool("awValid", false), wValid = regBool("wValid", false), arValid = regBool("arValid", false);
        when(new HwBool(axi.aw().ready()), () -> awValid.assign(false));
        when(new HwBool(axi.w().ready()), () -> wValid.assign(false));
        when(new HwBool(axi.ar().ready()), () -> arValid.assign(false));
        when(start.and(write), () -> {
            awValid.assign(true);
            wValid.assign(true);
        });
        when(start.and(write.not()), () -> arValid.assign(true));
        int aw = axi.aw().payload().addr().getBitsWidth();
        HwUInt address = bridge.accessAddress.resize(aw);
        drive(axi.aw().valid(), awValid.raw());
        drive(axi.aw().payload().addr(), address.raw());
        drive(axi.aw().payload().prot(), Hw.bitsLit(0, 3).raw());
        drive(axi.ar().valid(), arValid.raw());
        drive(axi.ar().payload().addr(), address.raw());
        drive(axi.ar().payload().prot(), Hw.bitsLit(0, 3).raw());
        drive(axi.w().valid(), wValid.raw());
        drive(axi.w().payload().data(), bridge.accessWriteData.raw());
        drive(axi.w().payload().strb(), Hw.bitsLit((1L << (dataWidth / 8)) - 1, dataWidth / 8).raw());
        drive(axi.b().ready(), Hw.lit(true).raw());
        drive(axi.r().ready(), Hw.lit(true).raw());
        HwBool bValid = new HwBool(axi.b().valid()), rValid = new HwBool(axi.r().valid());
        bridge.accessDone.assign(bValid.or(rValid));
        bridge.accessError.assign(Hw.mux(bValid, new HwBits(axi.b().payload().resp()), new HwBits(axi.r().payload().resp())).orR());
        bridge.accessReadData.assign(new HwBits(axi.r().payload().data()));
    }

    /** Buttons through a two-flip-flop synchroniser, then sampled once per {@code debounceCycles}. */
    protected HwBits debounced(HwBits buttons, long debounceCycles) {
        int n = buttons.width();
        HwBits meta = regBits("buttonMeta", n, 0), sync = regBits("buttonSync", n, 0), stable = regBits("buttonStable", n, 0);
        meta.assign(buttons);
        sync.assign(meta);
        HwUInt debounce = regUInt("debounce", Hw.widthOf(debounceCycles), 0);
        when(debounce.eq(debounceCycles - 1), () -> {
            debounce.assign(0);
            stable.assign(sync);
        }).otherwise(() -> debounce.assign(debounce.plus(1)));
        return stable;
    }

    /** A square wave: one rising edge per period. */
    protected HwBool timer(long periodCycles) {
        long half = periodCycles / 2;
        HwUInt count = regUInt("timerCount", Hw.widthOf(half), 0);
        HwBool line = regBool("timerLine", false);
        when(count.eq(half - 1), () -> {
            count.assign(0);
            line.assign(line.not());
        }).otherwise(() -> count.assign(count.plus(1)));
        return line;
    }

    /** Toggles about every 0.7 to 1.4 s: the clock runs and the design is configured. */
    protected HwBool heartbeat(long clockHz) {
        int bit = Math.max(1, Hw.widthOf(clockHz) - 1);
        HwUInt beat = regUInt("heartbeat", bit + 1, 0);
        beat.assign(beat.plus(1));
        return beat.bit(bit);
    }

    /**
     * Lines for the sources no button or timer drives: a 32-bit LFSR, stepped every cycle while enabled;
     * each press of {@code button} (debounced) turns it on or off. Off after reset. It makes an interrupt
     * storm on demand and, as important, keeps every source's logic in the design: lines tied to 0 would
     * let synthesis delete their gateways and the resource figures would flatter.
     */
    protected HwBits exerciser(int width, HwBool button) {
        HwBool last = regBool("exerciseButton", false);
        HwBool on = regBool("exerciseOn", false);
        last.assign(button);
        when(button.and(last.not()), () -> on.assign(on.not()));
        HwBits lfsr = regBits("exerciseLfsr", 32, 1);
        // x^32 + x^22 + x^2 + x + 1 (maximal length), Fibonacci form shifting towards the MSB.
        HwBool feedback = lfsr.bit(31).xor(lfsr.bit(21)).xor(lfsr.bit(1)).xor(lfsr.bit(0));
        when(on, () -> lfsr.assign(Hw.cat(lfsr.slice(0, 31), feedback)));
        HwBool[] lines = new HwBool[width];
        for (int i = 0; i < width; i++) lines[i] = lfsr.bit(i % 32).xor(lfsr.bit((7 * i + 3) % 32)).and(on);
        return bitsOf(lines, width);
    }

    /** Bit i of the result is {@code bits[i]}, missing bits 0. */
    protected static HwBits bitsOf(HwBool[] bits, int width) {
        HwBool[] r = new HwBool[width];
        for (int i = 0; i < width; i++) r[width - 1 - i] = i < bits.length ? bits[i] : Hw.lit(false);
        return width == 1 ? r[0].asBits() : Hw.cat(r);
    }
}
