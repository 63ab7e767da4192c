# SoC smoke test, no firmware toolchain needed (riscv64 binutils only): the boot ROM reaches RAM, the
# console and records work, the controller answers on Rocket's MMIO port (ID, enqueue/dequeue, a refused
# narrow read), and a NIC packet wakes a task parked on its source in hardware, with the packet's mcycle
# stamp before the dequeue that returns the task. Then a second packet through Rocket's PLIC instead, to
# record the hardware floor of the interrupt path: NIC interrupt -> first instruction of the trap handler,
# and -> the claim returning the source. Records: [parked task dequeued, trap entered, claim returned].
# Exits 0 on success, else the number of the failed check.
    .equ SIM, 0x61000000          # console +0, exit +8, record +16
    .equ NIC0, 0x61001000         # NIC queue 0
    .equ INTC, 0x60000000         # control page
    .equ CTX0, 0x60001000         # context 0 page
    .section .text.start, "ax"
    .globl _start
_start:
    li sp, 0x80100000
    li s0, SIM
    la a0, hello
    call puts
    li s1, INTC
    li s2, CTX0
    li s3, NIC0
    # 1: the controller's ID has its magic (bits 8..31 not zero)
    li a1, 1
    ld t0, 0(s1)
    srli t0, t0, 8
    beqz t0, fail
    # 2: enqueue then dequeue one task word on hart 0 of context 0
    li a1, 2
    li t0, 0x1006                 # pointer 0x40, priority 3
    sd t0, 0(s2)
    ld t1, 0x100(s2)
    bne t0, t1, fail
    # 3: the queue is empty again
    li a1, 3
    ld t1, 0x100(s2)
    bnez t1, fail
    # 4: a 32-bit read of the dequeue register is refused (bus error -> load access fault would trap), so
    #    instead check a narrow read of COUNT reads 0 and leaves BAD_ACCESS (bit 4) in the page's error register
    li a1, 4
    lw t1, 0x18(s2)
    bnez t1, fail
    ld t1, 0x28(s2)
    andi t1, t1, 0x10
    beqz t1, fail
    # 5: hardware wakeup: grant context 0 source 0 (NIC RX queue 0), park task 0x2008 (priority 4) on it,
    #    start one packet, spin on dequeue until the task comes back
    li a1, 5
    li t0, 0x80000000             # allow, context 0, source 0
    sd t0, 0x20(s1)
    li t0, 0x2008
    li t3, CTX0 + 0x800
    sd t0, 0(t3)                  # wait[0]
    ld t1, 0x28(s2)               # error register must be clear
    bnez t1, fail
    li t0, 300
    sd t0, 0x40(s3)               # GEN_INTERVAL
    li t0, 16
    sd t0, 0x48(s3)               # GEN_SIZE
    li t0, 1
    sd t0, 0x50(s3)               # GEN_COUNT: go
1:  ld t1, 0x100(s2)
    beqz t1, 1b
    csrr t2, mcycle
    li t0, 0x2008
    bne t0, t1, fail
    # 6: the packet is there and its stamp lies before now, by less than 200 cycles
    li a1, 6
    ld t0, 0(s3)
    beqz t0, fail
    ld t1, 8(s3)
    bgeu t1, t2, fail
    sub t3, t2, t1
    li t4, 200
    bgeu t3, t4, fail
    sd t3, 16(s0)                 # record: cycles from the NIC interrupt to the task in hand
    # 7: echo it and pop it; the NIC counts one correct echo
    li a1, 7
    ld t0, 0x18(s3)
    sd t0, 0x28(s3)
    ld t0, 0x18(s3)
    sd t0, 0x28(s3)
    li t0, 16
    sd t0, 0x30(s3)
    sd zero, 0x20(s3)
    ld t0, 0x68(s3)
    li t1, 1
    bne t0, t1, fail
    # 8: the next packet through the PLIC: source 1 (NIC queue 0) at priority 1, enabled for context 0
    #    (hart 0 M-mode), threshold 0, NIC line enabled, mie.MEIE and mstatus.MIE; spin until the trap
    li a1, 8
    la t0, plic_trap
    csrw mtvec, t0
    li t1, 0x0C000004
    li t0, 1
    sw t0, 0(t1)                  # priority[1] = 1
    li t1, 0x0C002000
    li t0, 2
    sw t0, 0(t1)                  # enable source 1 for context 0
    li t1, 0x0C200000
    sw zero, 0(t1)                # threshold 0
    li t0, 1
    sd t0, 0x38(s3)               # NIC IRQ_ENABLE
    li t0, 0x800
    csrs mie, t0                  # MEIE
    csrsi mstatus, 8              # MIE
    li t0, 1
    sd t0, 0x50(s3)               # one more packet
5:  j 5b
    .balign 4                     # mtvec holds a 4-byte aligned address
plic_trap:
    csrr t2, mcycle
    li t4, 0x0C200004
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
    ld t1, 8(s3)                  # the packet's stamp
    sub t3, t2, t1
    sd t3, 16(s0)                 # record: NIC interrupt -> trap handler's first instruction
    sub t3, t6, t1
    sd t3, 16(s0)                 # record: NIC interrupt -> claim returned
    sd zero, 0x38(s3)             # NIC line off, then complete
    sw t5, 0(t4)
    sd zero, 0x20(s3)             # drop the packet (its echo is not checked: count it as sent below)
    la a0, pass
    call puts
    sd zero, 8(s0)
2:  j 2b
fail:
    la a0, failed
    call puts
    sd a1, 8(s0)
3:  j 3b
puts:
    lbu t0, 0(a0)
    beqz t0, 4f
    sd t0, 0(s0)
    addi a0, a0, 1
    j puts
4:  ret
    .section .rodata
hello:  .asciz "soc smoke: Rocket is running\n"
pass:   .asciz "soc smoke: all checks passed\n"
failed: .asciz "soc smoke: a check failed (exit code = its number)\n"
