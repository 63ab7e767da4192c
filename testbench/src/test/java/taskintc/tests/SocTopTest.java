package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taskintc.gen.Main;
import taskintc.soc.SocGenerator;
import taskintc.soc.VerilogModule;

/**
 * The Rocket SoC top (make soc runs it end to end): the black box matches the Rocket module port for port,
 * every Rocket port is connected, and parameters the SoC cannot take are refused with nothing written.
 */
class SocTopTest {
    static Path rocketPorts() throws URISyntaxException {
        return Path.of(SocTopTest.class.getResource("/soc/TaskIntcRocketSystem-ports.v").toURI());
    }

    @Test
    void readsRocketsPortHeader() throws Exception {
        VerilogModule m = VerilogModule.read(rocketPorts(), SocGenerator.ROCKET_MODULE);
        assertEquals(4, m.port("interrupts").width());
        assertTrue(m.port("local_interrupts_1_0_1").input(), "hart 1's second local interrupt");
        assertTrue(m.port("interrupts").input());
        assertEquals(64, m.port("mmio_axi4_0_w_bits_data").width());
        assertFalse(m.port("mmio_axi4_0_aw_valid").input());
        assertTrue(m.ports().size() > 100, "ports: " + m.ports().size());
    }

    @Test
    void everyRocketPortIsConnected(@TempDir Path out) throws Exception {
        GeneratorCliTest.Run r = GeneratorCliTest.run("soc", "--rocket", rocketPorts().toString(), "--bus", "axi4", "--harts", "2", "--out", out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        String v = Files.readString(out.resolve("TaskIntcRocketSoc.v"));
        int at = v.indexOf("TaskIntcRocketSystem rocket (");
        assertTrue(at > 0, "no Rocket instance");
        String inst = v.substring(at, v.indexOf(");", at));
        VerilogModule m = VerilogModule.read(rocketPorts(), SocGenerator.ROCKET_MODULE);
        for (VerilogModule.Port p : m.ports()) {
            Matcher c = Pattern.compile("\\." + Pattern.quote(p.name()) + "\\s*\\(\\s*([^)]*?)\\s*\\)").matcher(inst);
            assertTrue(c.find(), "port " + p.name() + " not connected");
            if (p.input()) assertFalse(c.group(1).isEmpty(), "input " + p.name() + " left open");
        }
        // The controller inside carries its configuration in its name, with the AXI4 binding.
        assertTrue(v.contains("TaskIntc_c8_p8_n1024_w64_h2_i32_q4_pw16_k4_d4_a64_r40_level_axi4 intc ("), "controller instance");
        // Each hart's local interrupts are driven by the controller's usip and ssip of that hart.
        for (int h = 0; h < 2; h++) {
            assertTrue(v.contains("assign rocket_local_interrupts_" + h + "_0_0 = intc_usip_1[" + h + "];"), "hart " + h + "'s usip -> mip bit 16");
            assertTrue(v.contains("assign rocket_local_interrupts_" + h + "_0_1 = intc_ssip_1[" + h + "];"), "hart " + h + "'s ssip -> mip bit 17");
        }
        assertTrue(v.contains("output wire          dev_awvalid"), "device port");
    }

    @Test
    void refusesWhatTheSocCannotTakeAndWritesNothing(@TempDir Path out) throws Exception {
        String rocket = rocketPorts().toString();
        Path dir = out.resolve("soc");
        GeneratorCliTest.Run lite = GeneratorCliTest.run("soc", "--rocket", rocket, "--harts", "2", "--out", dir.toString());
        assertEquals(Main.USAGE, lite.status());
        assertTrue(lite.err().contains("--bus must be axi4 in the Rocket SoC"), lite.err());
        GeneratorCliTest.Run rv32 = GeneratorCliTest.run("soc", "--rocket", rocket, "--bus", "axi4", "--harts", "2", "--task-width", "32", "--out", dir.toString());
        assertEquals(Main.USAGE, rv32.status());
        assertTrue(rv32.err().contains("--task-width must be 64 in the Rocket SoC"), rv32.err());
        GeneratorCliTest.Run noNic = GeneratorCliTest.run("soc", "--rocket", rocket, "--bus", "axi4", "--harts", "2", "--nic-queues", "0", "--out", dir.toString());
        assertEquals(Main.USAGE, noNic.status());
        assertTrue(noNic.err().contains("--nic-queues must be at least 1"), noNic.err());
        GeneratorCliTest.Run harts = GeneratorCliTest.run("soc", "--rocket", rocket, "--bus", "axi4", "--harts", "4", "--out", dir.toString());
        assertEquals(Main.USAGE, harts.status());
        assertTrue(harts.err().contains("--harts must equal the Rocket system's harts (2"), harts.err());
        GeneratorCliTest.Run missing = GeneratorCliTest.run("soc", "--bus", "axi4", "--out", dir.toString());
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().contains("--rocket is required"), missing.err());
        assertFalse(Files.exists(dir), "something was written");
    }
}
