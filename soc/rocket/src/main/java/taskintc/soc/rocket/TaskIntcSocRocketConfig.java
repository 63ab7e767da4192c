package taskintc.soc.rocket;

import chipsalliance.rocketchip.config.Config;
import chipsalliance.rocketchip.config.View;
import freechips.rocketchip.rocket.RocketCoreParams;
import freechips.rocketchip.subsystem.RocketTilesKey$;
import freechips.rocketchip.subsystem.WithNBigCores;
import freechips.rocketchip.subsystem.WithNExtTopInterrupts;
import freechips.rocketchip.system.DefaultConfig;
import freechips.rocketchip.tile.RocketTileParams;
import java.util.ArrayList;
import java.util.List;
import scala.Function1;
import scala.PartialFunction;
import scala.collection.JavaConverters;
import scala.collection.Seq;
import scala.runtime.AbstractPartialFunction;

/**
 * Rocket-chip configuration of the TaskIntc SoC: {@code WithLocalInterrupts(2) ++ WithNExtTopInterrupts(4) ++
 * WithNBigCores(H) ++ DefaultConfig}: H RV64GC "big" Rocket harts with caches, the AXI4 memory port at
 * 0x8000_0000, the AXI4 MMIO port at 0x6000_0000, CLINT, PLIC with four external interrupt inputs (PLIC
 * sources 1..4), and two core-local interrupts per hart ({@code mip} bits 16 and 17: the controller's
 * {@code usip} and {@code ssip} of that hart, wired by {@link TaskIntcRocketSystem}).
 *
 * <p>H comes from the system property {@value #HARTS_PROPERTY} (1..{@value #MAX_HARTS}, default
 * {@value #DEFAULT_HARTS}): rocket-chip's {@code Generator} instantiates configuration classes by name through a
 * public no-argument constructor, so the hart count cannot be a constructor argument.
 */
public class TaskIntcSocRocketConfig extends Config {
  /** Number of external interrupt lines into the PLIC; the NIC model drives one per NIC queue. */
  public static final int EXTERNAL_INTERRUPTS = 4;
  /** Core-local interrupts per hart: 0 = the controller's usip (mip bit 16), 1 = its ssip (bit 17). */
  public static final int LOCAL_INTERRUPTS = 2;
  public static final String HARTS_PROPERTY = "taskintc.soc.harts";
  public static final int DEFAULT_HARTS = 2;
  public static final int MAX_HARTS = 8;

  public TaskIntcSocRocketConfig() {
    super(new Config(localInterrupts(LOCAL_INTERRUPTS))
        .$plus$plus(new WithNExtTopInterrupts(EXTERNAL_INTERRUPTS))
        .$plus$plus(new WithNBigCores(harts()))
        .$plus$plus(new DefaultConfig()));
  }

  /** The hart count asked for through {@value #HARTS_PROPERTY}; a clear error outside 1..MAX_HARTS. */
  public static int harts() {
    String v = System.getProperty(HARTS_PROPERTY, Integer.toString(DEFAULT_HARTS));
    int h;
    try {
      h = Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      h = -1;
    }
    if (h < 1 || h > MAX_HARTS) {
      throw new IllegalArgumentException("-D" + HARTS_PROPERTY + " must be 1.." + MAX_HARTS + "; got '" + v + "'");
    }
    return h;
  }

  /** {@code case RocketTilesKey => up(RocketTilesKey) map (t => t.copy(core = t.core.copy(nLocalInterrupts = n)))}. */
  private static scala.Function3<View, View, View, PartialFunction<Object, Object>> localInterrupts(int n) {
    return (site, here, up) -> new AbstractPartialFunction<Object, Object>() {
      @Override
      public boolean isDefinedAt(Object key) {
        return key == RocketTilesKey$.MODULE$;
      }

      @Override
      public <A1, B1> B1 applyOrElse(A1 key, Function1<A1, B1> otherwise) {
        if (key != RocketTilesKey$.MODULE$) {
          return otherwise.apply(key);
        }
        Seq<RocketTileParams> tiles = up.apply(RocketTilesKey$.MODULE$, site);
        List<RocketTileParams> out = new ArrayList<>();
        for (RocketTileParams t : JavaConverters.seqAsJavaList(tiles)) {
          out.add(t.copy(withLocalInterrupts(t.core(), n), t.icache(), t.dcache(), t.btb(), t.dataScratchpadBytes(),
              t.name(), t.hartId(), t.beuAddr(), t.blockerCtrlAddr(), t.boundaryBuffers()));
        }
        @SuppressWarnings("unchecked")
        B1 result = (B1) JavaConverters.asScalaBuffer(out).toList();
        return result;
      }
    };
  }

  /** RocketCoreParams.copy(nLocalInterrupts = n): every other field as it was (order of RocketCore.scala 1.2.6). */
  private static RocketCoreParams withLocalInterrupts(RocketCoreParams c, int n) {
    return c.copy(c.bootFreqHz(), c.useVM(), c.useUser(), c.useDebug(), c.useAtomics(), c.useAtomicsOnlyForIO(),
        c.useCompressed(), c.useRVE(), c.useSCIE(), n, c.nBreakpoints(), c.useBPWatch(), c.nPMPs(),
        c.nPerfCounters(), c.haveBasicCounters(), c.haveCFlush(), c.misaWritable(), c.nL2TLBEntries(), c.mtvecInit(),
        c.mtvecWritable(), c.fastLoadWord(), c.fastLoadByte(), c.branchPredictionModeCSR(), c.clockGate(),
        c.mvendorid(), c.mimpid(), c.mulDiv(), c.fpu());
  }
}
