package taskintc.board;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;

/**
 * UART to bus-master bridge speaking {@link BridgeProtocol}: receives a request frame bit by bit, checks
 * it, performs one register access through a bus-neutral handshake ({@code accessStart} pulse, then
 * {@code accessDone} with the error flag and read data), and sends the reply. A frame that fails its
 * checks never starts an access. Bytes outside a frame other than the sync byte are ignored, so a host
 * can resynchronise by waiting for the timeout.
 */
public final class UartBridge extends Circuit {
    private static final int IDLE = 0, RECEIVE = 1, ACCESS = 2, REPLY = 3;

    public final HwBool rx, tx;
    public final HwBool accessStart, accessWrite, accessDone, accessError;
    public final HwUInt accessAddress;
    public final HwBits accessWriteData, accessReadData;
    /** Toggles once per reply (an activity LED); set while the last reply was an error. */
    public final HwBool activity, lastError;

    public UartBridge(BridgeConfig cfg) {
        BridgeProtocol proto = cfg.protocol();
        int w = 8 * cfg.dataBytes();
        int div = cfg.divisor();
        int cw = Hw.widthOf(Math.max(div, cfg.timeoutCycles()));

        rx = inBool("rx");
        tx = outBool("tx");
        accessStart = outBool("accessStart");
        accessWrite = outBool("accessWrite");
        accessAddress = outUInt("accessAddress", cfg.addressWidth());
        accessWriteData = outBits("accessWriteData", w);
        accessDone = inBool("accessDone");
        accessError = inBool("accessError");
        accessReadData = inBits("accessReadData", w);
        activity = outBool("activity");
        lastError = outBool("lastError");

        // ---------------------------------------------------------------- receiver: 8N1, sampled mid-bit
        HwBool rxMeta = regBool("rxMeta", true);
        HwBool rxLine = regBool("rxLine", true);
        rxMeta.assign(rx);
        rxLine.assign(rxMeta);
        HwBool rxBusy = regBool("rxBusy", false);
        HwUInt rxCount = regUInt("rxCount", cw, 0);
        HwUInt rxBit = regUInt("rxBit", 4, 0);        // 0 start bit, 1..8 data bits, 9 stop bit
        HwBits rxShift = regBits("rxShift", 8, 0);
        HwBool rxValid = regBool("rxValid", false);   // one cycle per byte received with a good stop bit
        HwBits rxByte = regBits("rxByte", 8, 0);
        rxValid.assign(false);
        when(rxBusy.not(), () -> when(rxLine.not(), () -> {
            rxBusy.assign(true);
            rxCount.assign(div / 2);
            rxBit.assign(0);
        })).otherwise(() -> when(rxCount.eq(0), () -> {
            rxCount.assign(div - 1);
            rxBit.assign(rxBit.plus(1));
            when(rxBit.eq(0), () -> when(rxLine, () -> rxBusy.assign(false)))   // a glitch, not a start bit
                    .elseWhen(rxBit.eq(9), () -> {
                        rxBusy.assign(false);
                        when(rxLine, () -> {
                            rxValid.assign(true);
                            rxByte.assign(rxShift);
                        });
                    })
                    .otherwise(() -> rxShift.assign(Hw.cat(rxLine, rxShift.slice(1, 7))));
        }).otherwise(() -> rxCount.assign(rxCount.minus(1))));

        // ---------------------------------------------------------------- transmitter
        HwBool txBusy = regBool("txBusy", false);
        HwBits txShift = regBits("txShift", 10, 0x3FF);   // LSB on the line; idle high
        HwUInt txCount = regUInt("txCount", cw, 0);
        HwUInt txBit = regUInt("txBit", 4, 0);
        HwBool txLoad = wireBool("txLoad");
        HwBits txByte = wireBits("txByte", 8);
        txLoad.assign(false);
        txByte.assign(0);
        tx.assign(txShift.bit(0));
        when(txLoad, () -> {
            txBusy.assign(true);
            txShift.assign(Hw.cat(Hw.lit(true), txByte, Hw.lit(false)));
            txCount.assign(div - 1);
            txBit.assign(0);
        }).elseWhen(txBusy, () -> when(txCount.eq(0), () -> {
            txCount.assign(div - 1);
            txBit.assign(txBit.plus(1));
            txShift.assign(Hw.cat(Hw.lit(true), txShift.slice(1, 9)));
            when(txBit.eq(9), () -> txBusy.assign(false));
        }).otherwise(() -> txCount.assign(txCount.minus(1))));

        // ---------------------------------------------------------------- frame handling
        int lastRequest = proto.requestBytes() - 1, lastReply = proto.replyBytes() - 1;
        HwUInt state = regUInt("state", 2, IDLE);
        HwUInt index = regUInt("index", Hw.widthOf(Math.max(lastRequest, lastReply)), 0);
        HwBits command = regBits("command", 8, 0);
        HwBits address = regBits("address", 32, 0);
        HwBits data = regBits("data", w, 0);
        HwUInt sum = regUInt("sum", 8, 0);
        HwUInt silence = regUInt("silence", cw, 0);
        HwUInt status = regUInt("status", 8, 0);
        HwBool start = regBool("start", false);
        HwBool activityReg = regBool("activityReg", false);
        HwBool lastErrorReg = regBool("lastErrorReg", false);
        start.assign(false);

        HwUInt byteIn = rxByte.asUInt();
        HwUInt sumWithByte = wireUInt("sumWithByte", sum.plus(byteIn));
        HwBool commandOk = wireBool("commandOk", command.eq(Hw.bitsLit(BridgeProtocol.CMD_READ, 8))
                .or(command.eq(Hw.bitsLit(BridgeProtocol.CMD_WRITE, 8))));
        HwBool addressOk = wireBool("addressOk", cfg.addressWidth() == 32 ? Hw.lit(true)
                : address.slice(cfg.addressWidth(), 32 - cfg.addressWidth()).orR().not());

        switchOn(state, cases -> cases
                .is(IDLE, () -> when(rxValid.and(rxByte.eq(Hw.bitsLit(BridgeProtocol.REQUEST_SYNC, 8))), () -> {
                    state.assign(RECEIVE);
                    index.assign(1);
                    sum.assign(BridgeProtocol.REQUEST_SYNC);
                    silence.assign(0);
                }))
                .is(RECEIVE, () -> when(rxValid, () -> {
                    silence.assign(0);
                    sum.assign(sumWithByte);
                    index.assign(index.plus(1));
                    when(index.eq(1), () -> command.assign(rxByte));
                    when(index.ge(2).and(index.lt(2 + BridgeProtocol.ADDRESS_BYTES)),
                            () -> address.assign(Hw.cat(rxByte, address.slice(8, 24))));
                    when(index.ge(2 + BridgeProtocol.ADDRESS_BYTES).and(index.lt(lastRequest)),
                            () -> data.assign(Hw.cat(rxByte, data.slice(8, w - 8))));
                    when(index.eq(lastRequest), () -> {
                        index.assign(0);
                        when(sumWithByte.ne(0), () -> {
                            status.assign(BridgeProtocol.Status.BAD_CHECKSUM.code);
                            state.assign(REPLY);
                        }).elseWhen(commandOk.not(), () -> {
                            status.assign(BridgeProtocol.Status.BAD_COMMAND.code);
                            state.assign(REPLY);
                        }).elseWhen(addressOk.not(), () -> {
                            status.assign(BridgeProtocol.Status.BAD_ADDRESS.code);
                            state.assign(REPLY);
                        }).otherwise(() -> {
                            start.assign(true);
                            state.assign(ACCESS);
                        });
                    });
                }).otherwise(() -> {
                    silence.assign(silence.plus(1));
                    when(silence.eq(cfg.timeoutCycles()), () -> {
                        index.assign(0);
                        status.assign(BridgeProtocol.Status.TRUNCATED.code);
                        state.assign(REPLY);
                    });
                }))
                .is(ACCESS, () -> when(accessDone, () -> {
                    status.assign(Hw.mux(accessError, Hw.lit(BridgeProtocol.Status.BUS_ERROR.code, 8),
                            Hw.lit(BridgeProtocol.Status.OK.code, 8)));
                    data.assign(Hw.mux(accessError.or(command.eq(Hw.bitsLit(BridgeProtocol.CMD_WRITE, 8))),
                            Hw.bitsLit(0, w), accessReadData));
                    state.assign(REPLY);
                }))
                .is(REPLY, () -> when(txBusy.not(), () -> {
                    // Reply bytes: sync, status, data (least significant byte first), checksum.
                    txLoad.assign(true);
                    index.assign(index.plus(1));
                    when(index.eq(0), () -> {
                        txByte.assign(BridgeProtocol.REPLY_SYNC);
                        sum.assign(BridgeProtocol.REPLY_SYNC);
                        lastErrorReg.assign(status.ne(BridgeProtocol.Status.OK.code));
                        activityReg.assign(activityReg.not());
                        when(status.ne(BridgeProtocol.Status.OK.code), () -> data.assign(Hw.bitsLit(0, w)));
                    }).elseWhen(index.eq(1), () -> {
                        txByte.assign(status.asBits());
                        sum.assign(sum.plus(status));
                    }).elseWhen(index.eq(lastReply), () -> {
                        txByte.assign(Hw.lit(0, 8).minus(sum).asBits());
                        index.assign(0);
                        state.assign(IDLE);
                    }).otherwise(() -> {
                        txByte.assign(data.slice(0, 8));
                        sum.assign(sum.plus(data.slice(0, 8).asUInt()));
                        data.assign(Hw.cat(Hw.bitsLit(0, 8), data.slice(8, w - 8)));
                    });
                })));

        accessStart.assign(start);
        accessWrite.assign(command.eq(Hw.bitsLit(BridgeProtocol.CMD_WRITE, 8)));
        accessAddress.assign(address.slice(0, cfg.addressWidth()).asUInt());
        accessWriteData.assign(data);
        activity.assign(activityReg);
        lastError.assign(lastErrorReg);
    }
}
