//! Reset entry of every hart (0x8000_0000, first in .text by link.ld) and the machine-mode trap vector.
//!
//! Every hart arrives with a0 = mhartid and takes its own stack (`STACK_BYTES` each below
//! `__stack_top`). Hart 0 clears .bss and then releases the others (`BSS_READY`, in .data, so the
//! clearing does not touch it); they wait for it before running any Rust code.

use core::arch::global_asm;

global_asm!(
    r#"
    .section .text.entry, "ax"
    .globl _start
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    # sp = __stack_top - hartid * 64 KiB
    la sp, __stack_top
    slli t0, a0, 16
    sub sp, sp, t0
    la t0, trap_entry
    csrw mtvec, t0
    csrw mie, zero
    # mstatus.FS = Initial: compiled code may use the FPU.
    li t0, 1 << 13
    csrs mstatus, t0
    bnez a0, 4f
    la t0, __bss_start
    la t1, __bss_end
1:
    bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:
    fence rw, rw
    la t0, BSS_READY
    li t1, 1
    sw t1, 0(t0)
    call firmware_main
3:
    j 3b
4:
    la t0, BSS_READY
5:
    lw t1, 0(t0)
    beqz t1, 5b
    fence rw, rw
    call secondary_main
    j 3b

    .section .data
    .balign 8
    .globl BSS_READY
BSS_READY:
    .word 0

    .section .text.trap, "ax"
    .balign 64
    .globl trap_entry
trap_entry:
    addi sp, sp, -144
    sd t0, 8(sp)
    # The trap's first cycle, so that the handler's cycles can be told from the loop's idle time.
    csrr t0, mcycle
    sd t0, 136(sp)
    sd ra, 0(sp)
    sd t1, 16(sp)
    sd t2, 24(sp)
    sd a0, 32(sp)
    sd a1, 40(sp)
    sd a2, 48(sp)
    sd a3, 56(sp)
    sd a4, 64(sp)
    sd a5, 72(sp)
    sd a6, 80(sp)
    sd a7, 88(sp)
    sd t3, 96(sp)
    sd t4, 104(sp)
    sd t5, 112(sp)
    sd t6, 120(sp)
    csrr t0, mepc
    sd t0, 128(sp)
    mv a0, sp
    call trap_rust
    ld t0, 128(sp)
    csrw mepc, t0
    ld ra, 0(sp)
    ld t0, 8(sp)
    ld t1, 16(sp)
    ld t2, 24(sp)
    ld a0, 32(sp)
    ld a1, 40(sp)
    ld a2, 48(sp)
    ld a3, 56(sp)
    ld a4, 64(sp)
    ld a5, 72(sp)
    ld a6, 80(sp)
    ld a7, 88(sp)
    ld t3, 96(sp)
    ld t4, 104(sp)
    ld t5, 112(sp)
    ld t6, 120(sp)
    addi sp, sp, 144
    mret

    # on_stack(arg, f, stack_top): calls f(arg) with sp = stack_top, then returns on the caller's stack.
    # The preempting task runs on a stack of its own (RTIC / Embassy's InterruptExecutor), so the
    # interrupted task's frames stay untouched underneath.
    .section .text
    .globl on_stack
on_stack:
    addi sp, sp, -16
    sd ra, 0(sp)
    sd s0, 8(sp)
    mv s0, sp
    mv sp, a2
    jalr a1
    mv sp, s0
    ld ra, 0(sp)
    ld s0, 8(sp)
    addi sp, sp, 16
    ret
"#
);

extern "C" {
    fn on_stack(arg: usize, f: extern "C" fn(usize), stack_top: usize);
}

/// Runs `f(arg)` on the stack whose top is `stack_top` (16-byte aligned).
pub fn run_on_stack(arg: usize, f: extern "C" fn(usize), stack_top: usize) {
    debug_assert!(stack_top % 16 == 0);
    unsafe { on_stack(arg, f, stack_top) }
}

/// The registers `trap_entry` saves (the caller-saved ones: the Rust handler preserves the rest).
#[repr(C)]
pub struct TrapFrame {
    pub ra: u64,
    pub t: [u64; 3],
    /// a0..a7
    pub a: [u64; 8],
    pub t3_6: [u64; 4],
    pub mepc: u64,
    /// mcycle at the trap vector's third instruction.
    pub entry_cycle: u64,
}
