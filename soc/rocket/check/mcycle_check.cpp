// Checks, on TaskIntcRocketSystem alone (all inputs 0: the memory port never answers), that
//  - hart 0's mcycle, read as {_T_49,_T_47} of CSRFile (public through TaskIntcRocketSystem.vlt; the names are
//    the ones RocketGen found and wrote there), is 0 in the first cycle after reset and then equals the number
//    of cycles since reset, every cycle for 1000 cycles (the hart is stalled on its first fetch, not in WFI);
//  - the boot ROM jumped to the RAM: the first read on the AXI4 memory port is at 0x8000_0000.
// Built and run by scripts/soc-rocket-check.sh.
#include "VTaskIntcRocketSystem.h"
#include "VTaskIntcRocketSystem___024root.h"
#include "verilated.h"
#include <cstdio>
#include <cstdint>
int main(int argc, char** argv) {
  VerilatedContext ctx;
  ctx.commandArgs(argc, argv);
  VTaskIntcRocketSystem m{&ctx};
  auto mcycle = [&] {
    return (uint64_t(m.rootp->TaskIntcRocketSystem__DOT__tile__DOT__core__DOT__csr__DOT___T_49) << 6)
        | m.rootp->TaskIntcRocketSystem__DOT__tile__DOT__core__DOT__csr__DOT___T_47;
  };
  auto tick = [&] {
    m.clock = 0; m.debug_clockeddmi_dmiClock = 0; m.eval();
    m.clock = 1; m.debug_clockeddmi_dmiClock = 1; m.eval();
  };
  m.reset = 1; m.debug_clockeddmi_dmiReset = 1;
  for (int i = 0; i < 20; i++) tick();
  m.reset = 0; m.debug_clockeddmi_dmiReset = 0;
  m.clock = 0; m.eval();
  int bad = 0;
  if (mcycle() != 0) { printf("after reset mcycle=%llu, expected 0\n", (unsigned long long)mcycle()); bad++; }
  for (uint64_t k = 1; k <= 1000; k++) {
    tick();
    if (mcycle() != k) { printf("after %llu cycles mcycle=%llu\n", (unsigned long long)k, (unsigned long long)mcycle()); if (++bad > 5) break; }
  }
  if (!m.mem_axi4_0_ar_valid || m.mem_axi4_0_ar_bits_addr != 0x80000000u) {
    printf("no instruction fetch at 0x80000000 on the memory port\n");
    bad++;
  }
  printf("mcycle after 1000 cycles = %llu, fetch address on mem_axi4 ar: valid=%d addr=0x%llx; %s\n",
         (unsigned long long)mcycle(), m.mem_axi4_0_ar_valid, (unsigned long long)m.mem_axi4_0_ar_bits_addr, bad ? "FAIL" : "PASS");
  m.final();
  return bad ? 1 : 0;
}
