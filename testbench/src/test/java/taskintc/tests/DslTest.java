package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taskintc.dsl.Elaborator;
import taskintc.dsl.Hw;
import taskintc.examples.EventCounter;

/** The Java DSL: names survive into Verilog, literals are checked, memories become memories. */
class DslTest {
    @Test
    void namedSignalsKeepTheirNames(@TempDir Path dir) throws Exception {
        Elaborator.verilog(dir, () -> new EventCounter(16, 8));
        String v = Files.readString(dir.resolve("EventCounter.v"));
        for (String name : new String[]{"input  wire          event", "input  wire [3:0]    source", "output wire [7:0]    count",
                "reg        [7:0]    totalReg", "reg                 pending", "reg        [3:0]    pendingSource",
                "reg [7:0] counts [0:15];", "always @(posedge clk) begin"})
            assertTrue(v.contains(name), "Verilog lacks '" + name + "'\n" + v);
        assertTrue(!v.contains("posedge reset"), "reset is synchronous");
    }

    @Test
    void literalsMustFitTheirWidth() {
        assertThrows(IllegalArgumentException.class, () -> Hw.lit(256, 8));
        assertEquals(4, Hw.log2Up(16));
        assertEquals(5, Hw.log2Up(17));
        assertEquals(11, Hw.widthOf(1024));
    }
}
