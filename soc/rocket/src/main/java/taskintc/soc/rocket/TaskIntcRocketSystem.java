package taskintc.soc.rocket;

import chipsalliance.rocketchip.config.Parameters;
import chisel3.internal.sourceinfo.UnlocatableSourceInfo$;
import freechips.rocketchip.diplomacy.InModuleBody$;
import freechips.rocketchip.diplomacy.Resource;
import freechips.rocketchip.diplomacy.ValName$;
import freechips.rocketchip.interrupts.IntSourceNode;
import freechips.rocketchip.interrupts.IntSourcePortSimple$;
import freechips.rocketchip.system.ExampleRocketSystem;
import freechips.rocketchip.system.ExampleRocketSystemModuleImp;
import freechips.rocketchip.tile.RocketTile;
import scala.collection.JavaConverters;

/**
 * rocket-chip's {@code ExampleRocketSystem} plus, per hart, its core-local interrupts as top-level inputs
 * {@code local_interrupts_<hart>_0[n-1:0]} ({@code mip} bits 16 and up; n = {@code nLocalInterrupts} of the
 * hart's {@code RocketCoreParams}, set by {@link TaskIntcSocRocketConfig}). No rocket-chip source changes.
 *
 * <p>rocket-chip 1.2.6 declares local interrupts ({@code TileInterrupts.lip}, {@code CSR.scala}'s {@code io.interrupts.lip})
 * and decodes them from the tile's interrupt crossbar after debug, msip, mtip, meip and seip
 * ({@code SinksExternalInterrupts.decodeCoreInterrupts}), but {@code HasTiles.connectInterrupts} leaves them
 * unconnected ("they are connected to tile.intInwardNode in a separate trait", which 1.2.6 does not have).
 * This subclass is that trait: after the base constructor has connected the other sources in the order the tile
 * decodes them, it binds one interrupt source node per tile to {@code tile.intInwardNode} (so its lines land
 * in the {@code lip} positions) and turns the node into module IOs. The lines are taken as synchronous to the
 * core clock, as rocket-chip requires for local interrupts; the controller runs on the same clock.
 */
public class TaskIntcRocketSystem extends ExampleRocketSystem {
  /** Verilog name prefix of hart h's local interrupt inputs: {@code local_interrupts_<h>_0}. */
  public static final String PORT_PREFIX = "local_interrupts_";

  public TaskIntcRocketSystem(Parameters p) {
    super(p);
    var sourceInfo = UnlocatableSourceInfo$.MODULE$;
    for (RocketTile tile : JavaConverters.seqAsJavaList(rocketTiles())) {
      int hart = tile.rocketParams().hartId();
      int lines = tile.rocketParams().core().nLocalInterrupts();
      if (lines == 0) {
        continue;
      }
      IntSourceNode source = IntSourceNode.apply(
          IntSourcePortSimple$.MODULE$.apply(lines, 1, 1, scala.collection.immutable.Nil$.MODULE$
              .<Resource>empty()),
          ValName$.MODULE$.apply("local_interrupts_source_" + hart));
      tile.intInwardNode().$colon$eq(source, p, sourceInfo);
      String port = PORT_PREFIX + hart;
      InModuleBody$.MODULE$.apply(() -> source.makeIOs(ValName$.MODULE$.apply(port)));
    }
  }

  /**
   * The base class's module, unchanged (the IOs above are added through {@code InModuleBody}). Declared only
   * because javac cannot reconcile the Scala-generic return types of the inherited {@code module()} bridges
   * otherwise; the raw type is the one Scala erases them to.
   */
  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public ExampleRocketSystemModuleImp module() {
    return super.module();
  }

  /** As {@link #module()}: the base class's tiles, declared for javac only. */
  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public scala.collection.Seq tiles() {
    return super.tiles();
  }
}
