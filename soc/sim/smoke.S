# SoC smoke test, no firmware toolchain needed (riscv64 binutils only). Every hart boots and checks in; hart 0
# checks the console and records, that the controller answers on Rocket's MMIO port (ID, enqueue/dequeue, a
# refused narrow read), and that a NIC packet wakes a task parked on its source in hardware, with the packet's
# stamp before the dequeue that returns the task. Then the floors of the interrupt paths, before any software:
#   * a NIC packet through Rocket's PLIC: NIC interrupt -> first instruction of hart 0's trap handler, and ->
#     the claim returning the source;
#   * the controller's preempt interrupt (usip, wired to the target hart's mip bit 16, a core-local interrupt):
#     usip raised -> first instruction of the trap handler on the last hart, once while it spins and once while
#     it sleeps in WFI (after a warm-up round, so that the handler's code is in the instruction cache).
# Records: [parked task dequeued, PLIC trap entered, claim returned, usip -> trap (spinning), usip -> trap (WFI)].
# Exits 0 on success, else the number of the failed check. Assemble with -I soc/generated --defsym SOC_HARTS=H.
    .option norelax                              # no gp-relative addressing: gp is not set up here
    .include "soc_map.inc"
    .include "taskintc_regs.inc"
    .equ CTX0, TASKINTC_BASE + REGION_BYTES      # context 0's region
    .equ CTX1, TASKINTC_BASE + 2 * REGION_BYTES  # context 1's region
    .equ TARGET, SOC_HARTS - 1                   # the hart the controller interrupts
    .equ SOURCE, 8                               # a generic source (NIC RX/TX are 0..7), injected by hart 0
    .equ PREEMPT_TASK, 0x3001                    # pointer 0xC0, priority 0, preempt bit
    .equ SPEED_CYCLES, 300000                    # the run's length (for the speed the harness reports)
    .section .text.start, "ax"
    .globl _start
_start:
    # a0 = mhartid (boot ROM); 64 KiB of stack per hart below 0x8010_0000 + ...
    slli sp, a0, 16
    li t0, 0x80110000
    add sp, sp, t0
    li s0, SIM_BASE
    bnez a0, secondary
    la a0, hello
    call puts
    li s1, TASKINTC_BASE
    li s2, CTX0
    li s3, NIC_BASE
    # 1: the controller's ID has its magic (bits 8..31 not zero)
    li a1, 1
    ld t0, CONTROL_ID(s1)
    srli t0, t0, 8
    beqz t0, fail
    # 2: enqueue then dequeue one task word on hart 0 of context 0
    li a1, 2
    li t0, 0x1006                 # pointer 0x40, priority 3
    sd t0, CONTEXT_ENQUEUE(s2)
    ld t1, CONTEXT_DEQUEUE(s2)
    bne t0, t1, fail
    # 3: the queue is empty again
    li a1, 3
    ld t1, CONTEXT_DEQUEUE(s2)
    bnez t1, fail
    # 4: a narrow read of COUNT reads 0 and leaves BAD_ACCESS in the page's error register
    li a1, 4
    lw t1, CONTEXT_COUNT(s2)
    bnez t1, fail
    ld t1, CONTEXT_ERROR(s2)
    andi t1, t1, ERR_BAD_ACCESS
    beqz t1, fail
    # 5: hardware wakeup: grant context 0 source 0 (NIC RX queue 0), park task 0x2008 (priority 4) on it,
    #    start one packet, spin on dequeue until the task comes back
    li a1, 5
    li t0, 1 << CONTROL_GRANT_ALLOW_LSB  # allow, context 0, source 0
    sd t0, CONTROL_GRANT(s1)
    li t0, 0x2008
    li t3, CTX0 + CONTEXT_WAIT
    sd t0, 0(t3)                  # wait[0] (0x800: beyond a load/store offset)
    ld t1, CONTEXT_ERROR(s2)      # error register must be clear
    bnez t1, fail
    li t0, 300
    sd t0, NIC_GEN_INTERVAL(s3)
    li t0, 16
    sd t0, NIC_GEN_SIZE(s3)
    li t0, 1
    sd t0, NIC_GEN_COUNT(s3)      # go
1:  ld t1, CONTEXT_DEQUEUE(s2)
    beqz t1, 1b
    csrr t2, mcycle
    li t0, 0x2008
    bne t0, t1, fail
    # 6: the packet is there and its stamp lies before now, by less than 200 cycles
    li a1, 6
    ld t0, NIC_RX_COUNT(s3)
    beqz t0, fail
    ld t1, NIC_RX_STAMP(s3)
    bgeu t1, t2, fail
    sub t3, t2, t1
    li t4, 200
    bgeu t3, t4, fail
    sd t3, SIM_RECORD(s0)         # record: cycles from the NIC interrupt to the task in hand
    # 7: echo it and pop it; the NIC counts one correct echo
    li a1, 7
    ld t0, NIC_RX_DATA(s3)
    sd t0, NIC_TX_DATA(s3)
    ld t0, NIC_RX_DATA(s3)
    sd t0, NIC_TX_DATA(s3)
    li t0, 16
    sd t0, NIC_TX_SEND(s3)
    sd zero, NIC_RX_POP(s3)
    ld t0, NIC_TX_OK(s3)
    li t1, 1
    bne t0, t1, fail
    # 8: the next packet through the PLIC: source 1 (NIC queue 0) at priority 1, enabled for context 0
    #    (hart 0 M-mode), threshold 0, NIC line enabled, mie.MEIE and mstatus.MIE; spin until the trap
    li a1, 8
    la t0, plic_trap
    csrw mtvec, t0
    li t1, PLIC_BASE + PLIC_PRIORITY + 4
    li t0, 1
    sw t0, 0(t1)                  # priority[1] = 1
    li t1, PLIC_BASE + PLIC_ENABLE
    li t0, 2
    sw t0, 0(t1)                  # enable source 1 for context 0
    li t1, PLIC_BASE + PLIC_THRESHOLD
    sw zero, 0(t1)                # threshold 0
    li t0, 1
    sd t0, NIC_IRQ_ENABLE(s3)
    li t0, 0x800
    csrs mie, t0                  # MEIE
    csrsi mstatus, 8              # MIE
    li t0, 1
    sd t0, NIC_GEN_COUNT(s3)      # one more packet
5:  j 5b
    .balign 4                     # mtvec holds a 4-byte aligned address
plic_trap:
    csrr t2, mcycle
    li t4, PLIC_BASE + PLIC_THRESHOLD + PLIC_CLAIM_OFFSET
    lw t5, 0(t4)                  # claim
    mv t6, t5                     # waits for the load: Rocket runs on past a load until its result is used
    csrr t6, mcycle
    # 9: the trap is the external interrupt and the claim names source 1
    li a1, 9
    csrr t0, mcause
    li t1, 0x800000000000000b
    bne t0, t1, fail
    li t1, 1
    bne t5, t1, fail
    ld t1, NIC_RX_STAMP(s3)
    sub t3, t2, t1
    sd t3, SIM_RECORD(s0)         # record: NIC interrupt -> trap handler's first instruction
    sub t3, t6, t1
    sd t3, SIM_RECORD(s0)         # record: NIC interrupt -> claim returned
    sd zero, NIC_IRQ_ENABLE(s3)   # NIC line off, then complete
    sw t5, 0(t4)
    sd zero, NIC_RX_POP(s3)       # drop the packet
    csrci mstatus, 8
    li t0, 0x800
    csrc mie, t0
    # 10: every hart checked in
    li a1, 10
    la t1, booted
    li t2, 1000000
6:  lw t0, 0(t1)
    li t3, SOC_HARTS - 1
    beq t0, t3, 7f
    addi t2, t2, -1
    beqz t2, fail
    j 6b
7:  # 11: the controller's usip into the target hart, spinning: context 1 runs on it, a preempting task of
    #     context 1 waits on SOURCE, hart 0 injects an event; the target's handler records and answers
    li a1, 11
    li t0, TASKINTC_BASE + CONTROL_HART_CONTEXT + 8 * TARGET
    li t1, (1 << CONTROL_HART_CONTEXT_VALID_LSB) | 1
    sd t1, 0(t0)                  # hart_context[TARGET] = context 1
    li t0, (1 << CONTROL_GRANT_ALLOW_LSB) | (1 << CONTROL_GRANT_CONTEXT_LSB) | SOURCE
    sd t0, CONTROL_GRANT(s1)
    li a2, 1
    call usip_round               # warm-up
    li a2, 2
    call usip_round
    # 12: the same with the target asleep in WFI
    li a1, 12
    li a2, 3
    call usip_round
    la a0, pass
    call puts
    # Run on to SPEED_CYCLES, so that the harness's cycles per second describe the model, not its start-up.
    li t1, SPEED_CYCLES
8:  ld t0, SIM_CYCLE(s0)
    bltu t0, t1, 8b
    sd zero, SIM_EXIT(s0)
2:  j 2b

# usip_round(a2 = phase): tell the target to get ready for this phase, park the preempting task on SOURCE in
# context 1, inject an event, wait until the target's handler reports the phase done (it records the floor).
usip_round:
    la t1, ready
1:  lw t0, 0(t1)
    bne t0, a2, 1b                # the target is ready (mtvec, mie, spinning or in WFI)
    li t0, PREEMPT_TASK
    li t1, CTX1 + CONTEXT_WAIT + 8 * SOURCE
    sd t0, 0(t1)
    li t0, CTX1 + CONTEXT_ERROR
    ld t0, 0(t0)
    bnez t0, fail
    li t0, SOURCE
    sd t0, CONTROL_INJECT(s1)
    la t1, done
    li t2, 1000000
2:  lw t0, 0(t1)
    beq t0, a2, 3f
    addi t2, t2, -1
    beqz t2, fail
    j 2b
3:  la t1, verdict
    lw t0, 0(t1)
    bnez t0, fail                 # the target saw a wrong cause or task
    ret

# Every hart but 0: check in, then serve the phases if it is the target, else sleep.
secondary:
    la t1, booted
    li t0, 1
    amoadd.w zero, t0, (t1)
    li t0, TARGET
    bne a0, t0, 9f
    mv s4, a0
    la t0, usip_trap
    csrw mtvec, t0
    li t0, 1 << 16                # mie bit 16: local interrupt 0 = the controller's usip of this hart
    csrs mie, t0
    # phases 1 (warm-up: the handler's code and data into the caches) and 2 (measured): spin with interrupts on
    csrsi mstatus, 8
    li s5, 1
1:  la t1, ready
    sw s5, 0(t1)
2:  la t1, done
    lw t0, 0(t1)
    bne t0, s5, 2b
    addi s5, s5, 1
    li t0, 3
    bne s5, t0, 1b
    # phase 3: sleep in WFI (the trap is taken on the wakeup)
    la t1, ready
    sw s5, 0(t1)
3:  wfi
    la t1, done
    lw t0, 0(t1)
    bne t0, s5, 3b
9:  wfi
    j 9b

    .balign 4
usip_trap:
    csrr t3, mcycle               # phases 1, 2 (spinning, so mcycle counts every cycle since reset)
    ld t4, SIM_CYCLE(s0)          # phase 3 (mcycle stopped in WFI): the SIM cycle counter
    li t1, SIM_BASE + SIM_USIP_RAISED + 8 * TARGET
    ld t1, 0(t1)                  # the cycle usip rose (the harness stamps it)
    la t2, ready
    lw t2, 0(t2)
    li t0, 3
    bne t2, t0, 1f
    mv t3, t4
1:  sub t3, t3, t1
    li t0, 1
    beq t2, t0, 4f                # phase 1 warms up: no record
    sd t3, SIM_RECORD(s0)         # record: usip raised -> this handler's first instruction
4:
    # the cause is local interrupt 0 (mcause 16, interrupt bit) and the dequeue returns the preempting task;
    # a second dequeue finds the queue empty, so the controller counts this hart idle again
    csrr t0, mcause
    li t1, 0x8000000000000010
    li t5, 1
    bne t0, t1, 2f
    li t1, CTX1 + CONTEXT_DEQUEUE + 8 * TARGET
    ld t0, 0(t1)
    li t6, PREEMPT_TASK
    bne t0, t6, 2f
    ld t0, 0(t1)
    bnez t0, 2f
    li t5, 0
2:  la t1, verdict
    sw t5, 0(t1)
    la t1, done
    sw t2, 0(t1)                  # phase done
    mret

fail:
    la a0, failed
    call puts
    sd a1, SIM_EXIT(s0)
3:  j 3b
puts:
    lbu t0, 0(a0)
    beqz t0, 4f
    sd t0, SIM_CONSOLE(s0)
    addi a0, a0, 1
    j puts
4:  ret
    .section .rodata
hello:  .asciz "soc smoke: Rocket is running\n"
pass:   .asciz "soc smoke: all checks passed\n"
failed: .asciz "soc smoke: a check failed (exit code = its number)\n"
    .section .data
    .balign 8
booted:  .word 0
ready:   .word 0
done:    .word 0
verdict: .word 0
