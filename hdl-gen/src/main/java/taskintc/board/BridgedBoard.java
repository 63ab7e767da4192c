package taskintc.board;

import taskintc.dsl.Apb3Bus;
import taskintc.dsl.AxiLite4Bus;
import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwBus;
import taskintc.dsl.HwUInt;
import taskintc.dsl.WishboneBus;

/** What every board design shares: the UART bridge as a bus master, debounced buttons, a timer, a heartbeat. */
abstract class BridgedBoard extends Circuit {

    /**
     * Makes the bridge the master of {@code bus}, a slave port of a child: one access at a time, {@code dataWidth}
     * bits. One call per board design; each bus has its own small master below.
     */
    protected void busMaster(HwBus bus, UartBridge bridge, int dataWidth) {
        if (bus instanceof AxiLite4Bus axi) axiLiteMaster(axi, bridge, dataWidth);
        else if (bus instanceof Apb3Bus apb) apb3Master(apb, bridge);
        else if (bus instanceof WishboneBus wb) wishboneMaster(wb, bridge, dataWidth);
        else throw new IllegalArgumentException("board designs bind the controller with --bus axi4lite, apb3 or wishbone, not "
                + bus.getClass().getSimpleName());
    }

    /** Drives {@code apb}: SETUP (psel) then ACCESS (penable) until PREADY. */
    private void apb3Master(Apb3Bus apb, UartBridge bridge) {
        HwBool sel = regBool("psel", false), enable = regBool("penable", false);
        HwBool done = wireBool("apbDone", sel.and(enable).and(apb.pready));
        when(done, () -> {
            sel.assign(false);
            enable.assign(false);
        }).elseWhen(sel, () -> enable.assign(true));
        when(bridge.accessStart, () -> sel.assign(true));
        apb.psel.assign(sel.asBits());
        apb.penable.assign(enable);
        apb.pwrite.assign(bridge.accessWrite);
        apb.paddr.assign(bridge.accessAddress);
        apb.pwdata.assign(bridge.accessWriteData);
        bridge.accessDone.assign(done);
        bridge.accessError.assign(apb.pslverror);
        bridge.accessReadData.assign(apb.prdata);
    }

    /** Drives {@code wb} (classic cycles, word addressed): a byte address inside a word is refused with an error reply. */
    private void wishboneMaster(WishboneBus wb, UartBridge bridge, int dataWidth) {
        HwBool start = bridge.accessStart;
        HwUInt address = bridge.accessAddress;
        int wordBits = Integer.numberOfTrailingZeros(dataWidth / 8);
        HwBool cyc = regBool("cyc", false);
        // The bus is word-addressed: a byte address inside a word would silently reach the whole word,
        // so it is refused here (a bus error reply) instead of being issued.
        HwBool misaligned = wireBool("wbMisaligned", address.slice(0, wordBits).orR());
        HwBool refuse = regBool("wbRefuse", false);
        refuse.assign(start.and(misaligned));
        HwBool done = wireBool("wbDone", cyc.and(wb.ack.or(wb.err)).or(refuse));
        when(cyc.and(wb.ack.or(wb.err)), () -> cyc.assign(false));
        when(start.and(misaligned.not()), () -> cyc.assign(true));
        wb.cyc.assign(cyc);
        wb.stb.assign(cyc);
        wb.we.assign(bridge.accessWrite);
        wb.adr.assign(address.shr(wordBits).resize(address.width() - wordBits));
        wb.datMosi.assign(bridge.accessWriteData);
        wb.sel.assign(Hw.bitsLit((1L << (dataWidth / 8)) - 1, dataWidth / 8));
        bridge.accessDone.assign(done);
        bridge.accessError.assign(wb.err.or(refuse));
        bridge.accessReadData.assign(wb.datMiso);
    }

    /** Drives {@code axi} (a slave port of a child) from the bridge: one access at a time. */
    protected void axiLiteMaster(AxiLite4Bus axi, UartBridge bridge, int dataWidth) {
        HwBool start = bridge.accessStart, write = bridge.accessWrite;
        HwBool awValid = regBool("awValid", false), wValid = regBool("wValid", false), arValid = regBool("arValid", false);
        when(axi.awReady, () -> awValid.assign(false));
        when(axi.wReady, () -> wValid.assign(false));
        when(axi.arReady, () -> arValid.assign(false));
        when(start.and(write), () -> {
            awValid.assign(true);
            wValid.assign(true);
        });
        when(start.and(write.not()), () -> arValid.assign(true));
        HwUInt address = bridge.accessAddress.resize(axi.awAddr.width());
        axi.awValid.assign(awValid);
        axi.awAddr.assign(address);
        axi.awProt.assign(Hw.bitsLit(0, 3));
        axi.arValid.assign(arValid);
        axi.arAddr.assign(address);
        axi.arProt.assign(Hw.bitsLit(0, 3));
        axi.wValid.assign(wValid);
        axi.wData.assign(bridge.accessWriteData);
        axi.wStrb.assign(Hw.bitsLit((1L << (dataWidth / 8)) - 1, dataWidth / 8));
        axi.bReady.assign(Hw.lit(true));
        axi.rReady.assign(Hw.lit(true));
        bridge.accessDone.assign(axi.bValid.or(axi.rValid));
        bridge.accessError.assign(Hw.mux(axi.bValid, axi.bResp, axi.rResp).orR());
        bridge.accessReadData.assign(axi.rData);
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
