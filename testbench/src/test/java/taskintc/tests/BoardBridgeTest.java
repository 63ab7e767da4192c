package taskintc.tests;

import static taskintc.sim.TaskWords.assertTaskWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import taskintc.board.BoardTop;
import taskintc.board.BridgeProtocol;
import taskintc.board.BridgeProtocol.Reply;
import taskintc.board.BridgeProtocol.Status;
import taskintc.board.Smoke;
import taskintc.dsl.SimModel;
import taskintc.dsl.SimPin;
import taskintc.regmap.PageKind;
import taskintc.regmap.RegisterMap;
import taskintc.sim.Clock;
import taskintc.sim.SimModels;
import taskintc.sim.UartLine;
import taskintc.spec.BusKind;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskIntcRegisters;
import taskintc.spec.TaskWord;

/**
 * The board top under Verilator, reached only through its UART pins: the host side encodes frames with
 * {@link BridgeProtocol}, drives the bridge's receive line bit by bit and decodes the transmit line byte
 * by byte. Good frames reach the controller; bad ones (checksum, command, truncated, address) get their
 * error reply and change nothing. Buttons and the timer wake tasks waiting on their sources.
 */
class BoardBridgeTest {
    /** Two contexts, one hart, sources: 0 = button, 1 = timer. */
    static final TaskIntcConfig CFG = TaskIntcConfig.builder().contexts(2).priorities(4).capacity(16).harts(1).sources(2).nicQueues(0)
            .pendingWidth(4).ipcChannels(0).build();
    /** 1 MHz and 125 kBd: 8 cycles per bit keeps the simulation short. */
    static final BoardTop.Params PARAMS = new BoardTop.Params(1_000_000, 125_000, 1, 7, 60_000, 4);
    static final int DIVISOR = 8;
    static final int LED_ERROR = 1, LED_ACTIVITY = 2, LED_TIMER = 5, LED_BUTTON = 6;

    static final RegisterMap MAP = TaskIntcRegisters.declare(CFG);
    static final BridgeProtocol PROTO = new BridgeProtocol(CFG.taskWidth() / 8);
    static SimModel<BoardTop> model() {
        return model(BusKind.AXI4LITE);
    }

    /** The board design on the given bus (the bridge is a master of that bus), compiled once per JVM. */
    static SimModel<BoardTop> model(BusKind bus) {
        return SimModels.model("board_bridge_" + bus.id(), () -> new BoardTop(CFG.toBuilder().bus(bus).build(), PARAMS));
    }

    static long control(String reg) {
        return MAP.page(PageKind.CONTROL).base() + MAP.register(PageKind.CONTROL, reg).offset();
    }

    static long context(int c, String reg, int index) {
        var page = MAP.page(PageKind.CONTEXT);
        return page.base() + c * page.stride() + MAP.register(PageKind.CONTEXT, reg).offsetOf(index);
    }

    /** The design behind its UART pins. */
    static final class Host {
        final Clock clock;
        final UartLine uart;
        final SimPin buttons, leds;

        Host(BoardTop dut) {
            clock = new Clock(dut);
            SimPin rx = SimPin.of(dut.uartRx), tx = SimPin.of(dut.uartTx);
            buttons = SimPin.of(dut.buttons);
            leds = SimPin.of(dut.leds);
            buttons.set(0);
            uart = new UartLine(clock, rx, tx, DIVISOR);
            clock.reset(8);
            uart.idle(64);   // grant table clearing after reset
        }

        Reply exchange(byte[] frame) {
            uart.send(frame);
            return PROTO.decode(uart.receive(PROTO.replyBytes(), 20L * PROTO.replyBytes() * 10 * DIVISOR));
        }

        long read(long address) {
            Reply r = exchange(PROTO.read(address));
            assertEquals(Status.OK, r.status(), "read 0x" + Long.toHexString(address));
            return r.data();
        }

        void write(long address, long data) {
            Reply r = exchange(PROTO.write(address, data));
            assertEquals(Status.OK, r.status(), "write 0x" + Long.toHexString(address));
            assertEquals(0, r.data(), "a write reply carries no data");
        }

        boolean led(int i) {
            return ((leds.get() >> i) & 1) != 0;
        }
    }

    static void sim(String name, Consumer<Host> body) {
        sim(BusKind.AXI4LITE, name, body);
    }

    static void sim(BusKind bus, String name, Consumer<Host> body) {
        model(bus).run(name, 1, dut -> body.accept(new Host(dut)));
    }

    static long task(int n, int priority) {
        return TaskWord.make((long) n << 6, priority, false);
    }

    @Test
    void registerReadWriteThroughTheUart() {
        sim("bridge_good", h -> {
            assertEquals((TaskIntcRegisters.MAGIC << 8) | TaskIntcRegisters.VERSION, h.read(control("id")));
            boolean activity = h.led(LED_ACTIVITY);
            h.write(context(0, "enqueue", 0), task(1, 2));
            assertTrue(activity != h.led(LED_ACTIVITY), "the activity LED toggles per reply");
            h.write(context(0, "enqueue", 0), task(2, 1));
            h.write(context(1, "enqueue", 0), task(3, 0));
            assertEquals(2, h.read(context(0, "count", 0)));
            assertTaskWord(task(2, 1), h.read(context(0, "dequeue", 0)), "priority 1 before priority 2");
            assertTaskWord(task(1, 2), h.read(context(0, "dequeue", 0)));
            assertEquals(0, h.read(context(0, "dequeue", 0)), "empty");
            assertTaskWord(task(3, 0), h.read(context(1, "dequeue", 0)));
            assertTrue(!h.led(LED_ERROR));
        });
    }

    @Test
    void badFramesGetErrorRepliesAndChangeNothing() {
        sim("bridge_bad", h -> {
            long enqueue = context(0, "enqueue", 0), dequeue = context(0, "dequeue", 0), count = context(0, "count", 0);
            h.write(enqueue, task(10, 3));
            h.write(enqueue, task(11, 3));

            byte[] badSum = PROTO.write(enqueue, task(12, 0));
            badSum[badSum.length - 1]++;
            assertEquals(new Reply(Status.BAD_CHECKSUM, 0), h.exchange(badSum));
            assertTrue(h.led(LED_ERROR), "the error LED shows the last reply was an error");
            byte[] badSumRead = PROTO.read(dequeue);
            badSumRead[3] ^= 0x10;   // corrupted address byte: the sum no longer matches
            assertEquals(Status.BAD_CHECKSUM, h.exchange(badSumRead).status());

            assertEquals(new Reply(Status.BAD_COMMAND, 0), h.exchange(PROTO.request('X', enqueue, task(13, 0))));
            assertEquals(Status.BAD_COMMAND, h.exchange(PROTO.request('r', dequeue, 0)).status());

            byte[] full = PROTO.write(enqueue, task(14, 0));
            h.uart.send(Arrays.copyOf(full, 7));   // stops after the address
            Reply truncated = PROTO.decode(h.uart.receive(PROTO.replyBytes(), 200L * 10 * DIVISOR));
            assertEquals(new Reply(Status.TRUNCATED, 0), truncated);

            assertEquals(new Reply(Status.BAD_ADDRESS, 0), h.exchange(PROTO.write(1L << CFG.addressWidth(), task(15, 0))));
            assertEquals(Status.BAD_ADDRESS, h.exchange(PROTO.read(0xFFFF_FFF8L)).status());
            // In range but refused by the controller: misaligned, and a read of a write-only register.
            assertEquals(new Reply(Status.BUS_ERROR, 0), h.exchange(PROTO.write(enqueue + 4, task(16, 0))));
            assertEquals(Status.BUS_ERROR, h.exchange(PROTO.read(enqueue)).status());

            // Noise before a frame is skipped; the next good frame is answered normally.
            h.uart.send(new byte[]{0x00, 0x13, (byte) 0xFF});
            h.uart.idle(200);
            assertEquals(0, h.uart.pending(), "noise outside a frame gets no reply");
            assertEquals(2, h.read(count), "no bad frame changed the queues");
            assertTrue(!h.led(LED_ERROR));
            assertTaskWord(task(10, 3), h.read(dequeue));
            assertTaskWord(task(11, 3), h.read(dequeue));
            assertEquals(0, h.read(dequeue));
        });
    }

    /** The host command's sequence (board-smoke), with the serial port replaced by the simulated UART pins. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = BusKind.class, names = {"AXI4LITE", "APB3", "WISHBONE"})
    void boardSmokeSequencePasses(BusKind bus) {
        TaskIntcConfig cfg = CFG.toBuilder().bus(bus).build();
        sim(bus, "bridge_smoke", h -> {
            Smoke.Link link = (request, replyBytes) -> {
                h.uart.send(request);
                return h.uart.receive(replyBytes, 20L * replyBytes * 10 * DIVISOR);
            };
            boolean[] pressed = {false};
            try {
                new Smoke(link, cfg, System.out).run(() -> {
                    pressed[0] = true;
                    h.buttons.set(1);
                    h.uart.idle(40);
                    h.buttons.set(0);
                }, 60_000);
            } catch (Exception e) {
                throw new AssertionError("smoke sequence failed: " + e.getMessage(), e);
            }
            assertTrue(pressed[0], "the sequence reached the button step");
            // Refused accesses come back as BUS_ERROR on every bus and change nothing: a read of the write-only
            // enqueue register, a misaligned write (which a word-addressed bus must not round down to enqueue).
            assertEquals(Status.BUS_ERROR, h.exchange(PROTO.read(context(0, "enqueue", 0))).status());
            assertEquals(Status.BUS_ERROR, h.exchange(PROTO.write(context(0, "enqueue", 0) + 4, task(30, 0))).status());
            assertEquals(new Reply(Status.OK, 0), h.exchange(PROTO.read(context(0, "count", 0))));
        });
    }

    @Test
    void buttonAndTimerWakeWaitingTasks() {
        sim("bridge_irq", h -> {
            int button = 0, timer = 1;
            long allow = 1L << TaskIntcRegisters.GRANT_ALLOW_BIT;
            h.write(control("grant"), button | allow);                                                    // context 0
            h.write(control("grant"), timer | (1L << TaskIntcRegisters.GRANT_CONTEXT_LSB) | allow);      // context 1
            long waiter = task(20, 1);
            h.write(context(0, "wait", button), waiter);
            assertEquals(0, h.read(context(0, "dequeue", 0)), "nothing ready before the button");
            h.buttons.set(1);
            h.uart.idle(40);
            assertTrue(h.led(LED_BUTTON), "button LED follows the debounced button");
            h.buttons.set(0);
            h.uart.idle(40);
            assertEquals(waiter, h.read(context(0, "dequeue", 0)), "the button press woke the task");

            long timed = task(21, 0);
            h.write(context(1, "wait", timer), timed);
            long start = h.clock.cycle();
            long got = 0;
            while (got == 0 && h.clock.cycle() - start < 2 * PARAMS.timerPeriodCycles())
                got = h.read(context(1, "dequeue", 0));
            assertEquals(timed, got, "the timer woke the task within two periods");
        });
    }
}
