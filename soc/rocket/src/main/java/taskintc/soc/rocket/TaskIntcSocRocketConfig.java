package taskintc.soc.rocket;

import chipsalliance.rocketchip.config.Config;
import freechips.rocketchip.subsystem.WithNExtTopInterrupts;
import freechips.rocketchip.system.DefaultConfig;

/**
 * Rocket-chip configuration of the TaskIntc SoC: {@code WithNExtTopInterrupts(4) ++ DefaultConfig}, i.e. one
 * RV64GC "big" Rocket hart with caches, the AXI4 memory port at 0x8000_0000, the AXI4 MMIO port at 0x6000_0000,
 * CLINT, PLIC and four external interrupt inputs (PLIC sources 1..4).
 *
 * <p>rocket-chip's {@code Generator} instantiates configuration classes by name through a public no-argument
 * constructor, so this class is usable as the config argument {@code taskintc.soc.rocket TaskIntcSocRocketConfig}.
 */
public class TaskIntcSocRocketConfig extends Config {
  /** Number of external interrupt lines into the PLIC; the NIC model drives one per NIC queue. */
  public static final int EXTERNAL_INTERRUPTS = 4;

  public TaskIntcSocRocketConfig() {
    super(new WithNExtTopInterrupts(EXTERNAL_INTERRUPTS).$plus$plus(new DefaultConfig()));
  }
}
