//! IPC and system-call round trips, each against a software path doing the same steps.
//!
//! * `ipc_taskintc`: caller context 1, server context 2, driver calls: the caller stages a
//!   message (info, reply task, type, one argument) and sends it; the server's handler word is
//!   dequeued from context 2; the server receives, reads the argument, replies with one word; the
//!   caller's word is dequeued from context 1; the caller pops the reply and reads its word.
//! * `ipc_software`: the same steps on a shared-memory mailbox and the software ready queues of
//!   the PLIC build (interrupts masked around each queue operation, as there): no isolation.
//! * `ipc_software_kernel`: the same round trip mediated by an M-mode kernel, as the grants make
//!   TaskIntc's: send, receive, reply and reply-pop are `ecall`s; the kernel checks the grant,
//!   copies the message (4 words) and the result, and wakes the receiver's handler and the caller
//!   through the software ready queues.
//! * `ipc_taskintc_executor`: contexts 4 and 5 with the executor's `call` and `serve`.
//! * `syscall_taskintc`: a coroutine in context 3 calls `getpid` through `ipc_syscall` with
//!   taskintc-starry's `Syscalls`; the kernel context 6 runs starry's dispatcher; the two
//!   executors share the hart (their loops alternate).
//! * `syscall_taskintc_driver`: the same call with driver calls only (user context 1, kernel
//!   context 2 for this measurement), dispatched with the same `SyscallTable`.
//! * `syscall_ecall`: the same call, same `SyscallTable`, through `ecall` into the M-mode trap
//!   handler, which dispatches it and returns.
//!
//! Each sample is mcycle around the whole round trip, taken in the calling code.

use alloc::vec::Vec;
use core::arch::asm;
use core::cell::UnsafeCell;
use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{AtomicUsize, Ordering};
use core::task::Poll;

use taskintc_driver::{ControlOwner, Mailbox, Message, Mmio64, TaskIntc, TaskWord};
use taskintc_executor::Executor;
use taskintc_soc::plan::PLAN;
use taskintc_soc::map::records::*;
use taskintc_soc::records::Writer;
use taskintc_soc::stats;
use taskintc_soc::swqueue::SwQueue;
use taskintc_starry::{nr, Caller, Syscalls, SyscallTable};

use super::boot::TrapFrame;
use super::dev::{self, mcycle};
/// The single-hart measurements run on hart 0.
pub(super) const HART: usize = 0;
use super::{exit_code, fail};

macro_rules! check {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            fail(exit_code::CHECK, format_args!($($arg)*));
        }
    };
}

const CALLER: usize = 1;
const SERVER: usize = 2;
pub const USER: usize = 3;
const EXEC_CALLER: usize = 4;
const EXEC_SERVER: usize = 5;
pub const KERNEL: usize = 6;
/// A system call that ends the kernel hart's loop (the multi-hart system-call measurement): a
/// number Linux does not use, below `taskintc_starry::MAX_NR`.
pub const NR_STOP_KERNEL: u64 = 1000;
/// Set by `NR_STOP_KERNEL`.
pub static KERNEL_STOP: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

/// The context pages claimed once for the whole run (a claim cannot be repeated): the mailboxes
/// of contexts 1 and 2 (single-hart IPC here, the cross-hart measurements' sender and receiver),
/// and the executors of the user process (context 3) and the kernel (context 6, running
/// taskintc-starry's dispatcher; on hart 1 in the multi-hart system-call measurement).
pub struct Contexts {
    pub caller: Mailbox<Mmio64>,
    pub server: Mailbox<Mmio64>,
    pub user: Executor<Mmio64>,
    pub kernel: Executor<Mmio64>,
    pub syscalls: Syscalls<Mmio64>,
}

impl Contexts {
    pub fn claim(intc: &mut TaskIntc<Mmio64>) -> Self {
        let caller = intc.mailbox(CALLER).expect("context").expect("first claim");
        let server = intc.mailbox(SERVER).expect("context").expect("first claim");
        let mut user = Executor::new(intc.context_owner(USER).expect("context").expect("first claim"), HART).expect("hart");
        user.attach_mailbox(intc.mailbox(USER).expect("context").expect("first claim"));
        let mut kernel = Executor::new(intc.context_owner(KERNEL).expect("context").expect("first claim"), super::syscall::KERNEL_HART).expect("hart");
        kernel.attach_mailbox(intc.mailbox(KERNEL).expect("context").expect("first claim"));
        let channel = intc.params().ipc.syscall_channel();
        // The dispatcher's handler has the preempt bit: a call wakes the kernel hart from WFI.
        let installed = taskintc_starry::install(&mut kernel, channel, 0, true, syscall_table());
        check!(installed.is_ok(), "install the dispatcher: {:?}", installed.err());
        let syscalls = Syscalls::new(user.spawner(), USER_INFO);
        Contexts { caller, server, user, kernel, syscalls }
    }
}
const CHANNEL: usize = 0;
/// The process-info pointer the user process passes with its system calls.
const USER_INFO: u64 = 0x1000;

#[repr(C, align(64))]
struct Block {
    _tag: u64,
}

static CALLER_TASK: Block = Block { _tag: 1 };
static SERVER_HANDLER: Block = Block { _tag: 2 };

fn word_of(b: &'static Block) -> TaskWord {
    TaskWord::new(b as *const Block as usize, 0, false).expect("aligned block")
}


fn ipc_taskintc(intc: &mut TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, caller: &mut Mailbox<Mmio64>, server: &mut Mailbox<Mmio64>, n: usize) -> Vec<u64> {
    let caller_queue = intc.queue(CALLER).expect("context");
    let server_queue = intc.queue(SERVER).expect("context");
    let (caller_word, handler_word) = (word_of(&CALLER_TASK), word_of(&SERVER_HANDLER));
    check!(control.ipc_grant(CALLER, SERVER, CHANNEL, true).is_ok(), "ipc grant");
    check!(server.set_handler(CHANNEL, Some(handler_word)).is_ok(), "ipc handler");
    let mut cycles = Vec::with_capacity(n);
    for i in 0..n as u64 {
        let t0 = mcycle();
        let sent = caller.send(SERVER, CHANNEL, &Message { info: 0, reply_task: Some(caller_word), kind: 1, args: &[i] });
        let handler = server_queue.dequeue(HART);
        let argument = {
            let mut received = server.receive();
            let argument = received.as_ref().map(|r| r.arg(0));
            let replied = received.as_mut().map(|r| r.reply(&[i + 1]));
            (argument, replied)
        };
        let woken = caller_queue.dequeue(HART);
        let answered = caller.pop_reply();
        let result = caller.reply_word(0);
        let t1 = mcycle();
        check!(sent.is_ok(), "ipc send {}: {:?}", i, sent);
        check!(handler == Ok(Some(handler_word)), "ipc {}: server dequeued {:?}", i, handler);
        check!(matches!(argument, (Some(Ok(a)), Some(Ok(()))) if a == i), "ipc {}: receive/reply {:?}", i, argument);
        check!(woken == Ok(Some(caller_word)), "ipc {}: caller dequeued {:?}", i, woken);
        check!(answered == Some(caller_word) && result == Ok(i + 1), "ipc {}: reply {:?} {:?}", i, answered, result);
        cycles.push(t1 - t0);
    }
    cycles
}

/// `getpid` from context 1 to the kernel context (context 2 for this measurement) with driver
/// calls: what the executor and starry do, without their bookkeeping. The kernel reads the number
/// and the argument words its handler takes as starry's dispatcher does, and dispatches with the
/// same table.
fn syscall_taskintc_driver(intc: &mut TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, user: &mut Mailbox<Mmio64>, kernel: &mut Mailbox<Mmio64>, n: usize) -> Vec<u64> {
    let user_queue = intc.queue(CALLER).expect("context");
    let kernel_queue = intc.queue(SERVER).expect("context");
    let (caller_word, handler_word) = (word_of(&CALLER_TASK), word_of(&SERVER_HANDLER));
    let channel = intc.params().ipc.syscall_channel();
    check!(taskintc_starry::set_kernel_context(control, SERVER).is_ok(), "kernel context (driver path)");
    check!(kernel.set_handler(channel, Some(handler_word)).is_ok(), "system-call handler");
    let table = syscall_table();
    let mut cycles = Vec::with_capacity(n);
    for i in 0..n {
        let t0 = mcycle();
        let sent = user.syscall(&Message { info: USER_INFO, reply_task: Some(caller_word), kind: nr::GETPID, args: &[] });
        let handler = kernel_queue.dequeue(HART);
        let served = match kernel.receive() {
            Some(mut call) => {
                // Word 0 (info), word 2 (number), then the arguments its handler takes, as starry's
                // dispatcher reads them.
                let (mut info, mut nr) = ([0u64; 1], [0u64; 1]);
                let read = call.read(0, &mut info).and(call.read(2, &mut nr));
                check!(read.is_ok(), "driver syscall {}: {:?}", i, read);
                let caller = Caller { context: call.sender(), info: info[0] };
                let value = match table.call_now(nr[0], caller, |args| {
                    let read = call.read(3, args);
                    check!(read.is_ok(), "driver syscall {}: {:?}", i, read);
                }) {
                    Poll::Ready(v) => v,
                    Poll::Pending => fail(exit_code::CHECK, format_args!("getpid waits")),
                };
                call.reply(&[value as u64])
            }
            None => fail(exit_code::CHECK, format_args!("driver syscall {}: the kernel's inbox is empty", i)),
        };
        let woken = user_queue.dequeue(HART);
        let answered = user.pop_reply();
        let pid = user.reply_word(0);
        let t1 = mcycle();
        check!(sent.is_ok() && served.is_ok(), "driver syscall {}: {:?} {:?}", i, sent, served);
        check!(handler == Ok(Some(handler_word)) && woken == Ok(Some(caller_word)), "driver syscall {}: dequeued {:?} {:?}", i, handler, woken);
        check!(answered == Some(caller_word) && pid == Ok(CALLER as u64), "driver syscall {}: reply {:?} {:?}", i, answered, pid);
        cycles.push(t1 - t0);
    }
    check!(kernel.set_handler(channel, None).is_ok(), "system-call handler removed");
    cycles
}

/// A shared-memory mailbox: the message and the reply, written and read with volatile accesses
/// (another context would read them).
struct SwMailbox {
    message: UnsafeCell<[u64; 4]>,
    reply: UnsafeCell<[u64; 2]>,
}

unsafe impl Sync for SwMailbox {}

static SW_MAILBOX: SwMailbox = SwMailbox { message: UnsafeCell::new([0; 4]), reply: UnsafeCell::new([0; 2]) };
static mut SW_CALLER_QUEUE: SwQueue = SwQueue::new();
static mut SW_SERVER_QUEUE: SwQueue = SwQueue::new();
const SW_CALLER_TASK: u16 = 1;
const SW_HANDLER_TASK: u16 = 2;

#[inline(always)]
fn sw_push(queue: *mut SwQueue, task: u16) -> bool {
    let was_on = dev::irq_off();
    let ok = unsafe { (*queue).push(task, 0).is_ok() };
    dev::irq_restore(was_on);
    ok
}

#[inline(always)]
fn sw_pop(queue: *mut SwQueue) -> Option<u16> {
    let was_on = dev::irq_off();
    let t = unsafe { (*queue).pop() };
    dev::irq_restore(was_on);
    t
}

fn ipc_software(n: usize) -> Vec<u64> {
    let message = SW_MAILBOX.message.get() as *mut u64;
    let reply = SW_MAILBOX.reply.get() as *mut u64;
    let (caller_queue, server_queue) = unsafe { (&mut SW_CALLER_QUEUE as *mut SwQueue, &mut SW_SERVER_QUEUE as *mut SwQueue) };
    let mut cycles = Vec::with_capacity(n);
    for i in 0..n as u64 {
        let t0 = mcycle();
        // send: copy the message, make the server's handler ready
        unsafe {
            write_volatile(message, 0);
            write_volatile(message.add(1), SW_CALLER_TASK as u64);
            write_volatile(message.add(2), 1);
            write_volatile(message.add(3), i);
        }
        let sent = sw_push(server_queue, SW_HANDLER_TASK);
        // the server: dequeue, receive, reply, make the caller ready
        let handler = sw_pop(server_queue);
        let (argument, reply_task) = unsafe { (read_volatile(message.add(3)), read_volatile(message.add(1))) };
        unsafe {
            write_volatile(reply, reply_task);
            write_volatile(reply.add(1), argument + 1);
        }
        let replied = sw_push(caller_queue, reply_task as u16);
        // the caller: dequeue, pop the reply
        let woken = sw_pop(caller_queue);
        let (answered, result) = unsafe { (read_volatile(reply), read_volatile(reply.add(1))) };
        let t1 = mcycle();
        check!(sent && replied, "software ipc {}: queue full", i);
        check!(handler == Some(SW_HANDLER_TASK) && woken == Some(SW_CALLER_TASK), "software ipc {}: dequeued {:?} {:?}", i, handler, woken);
        check!(answered == SW_CALLER_TASK as u64 && result == i + 1, "software ipc {}: reply {} {}", i, answered, result);
        cycles.push(t1 - t0);
    }
    cycles
}

// ---- The kernel-mediated software IPC: the M-mode kernel's state and its ecalls ----------------

const KERNEL_SEND: u64 = 0x100_0001;
const KERNEL_RECEIVE: u64 = 0x100_0002;
const KERNEL_REPLY: u64 = 0x100_0003;
const KERNEL_POP_REPLY: u64 = 0x100_0004;
const KERNEL_CONTEXTS: usize = 4;
const MESSAGE_WORDS: usize = 4;

/// What the kernel keeps per context: one inbox slot, the current message's sender and reply task,
/// one reply slot; and the (sender, receiver) grants.
struct Kernel {
    current: usize,
    grants: [u8; KERNEL_CONTEXTS],
    inbox: [[u64; MESSAGE_WORDS]; KERNEL_CONTEXTS],
    inbox_full: [bool; KERNEL_CONTEXTS],
    sender: [usize; KERNEL_CONTEXTS],
    reply: [u64; KERNEL_CONTEXTS],
    reply_full: [bool; KERNEL_CONTEXTS],
    handler_task: [u16; KERNEL_CONTEXTS],
}

static mut KERNEL_STATE: Kernel = Kernel {
    current: 0,
    grants: [0; KERNEL_CONTEXTS],
    inbox: [[0; MESSAGE_WORDS]; KERNEL_CONTEXTS],
    inbox_full: [false; KERNEL_CONTEXTS],
    sender: [0; KERNEL_CONTEXTS],
    reply: [0; KERNEL_CONTEXTS],
    reply_full: [false; KERNEL_CONTEXTS],
    handler_task: [0; KERNEL_CONTEXTS],
};
const KERNEL_ERROR: u64 = u64::MAX;

fn sw_queue_of(context: usize) -> *mut SwQueue {
    unsafe {
        if context == CALLER {
            &mut SW_CALLER_QUEUE as *mut SwQueue
        } else {
            &mut SW_SERVER_QUEUE as *mut SwQueue
        }
    }
}

/// The kernel side of the four IPC calls (in the trap handler, interrupts masked).
fn kernel_ipc(op: u64, a: &[u64; 8]) -> u64 {
    let k = unsafe { &mut KERNEL_STATE };
    let me = k.current;
    match op {
        KERNEL_SEND => {
            let receiver = a[0] as usize;
            if receiver >= KERNEL_CONTEXTS || k.grants[me] & (1 << receiver) == 0 || k.inbox_full[receiver] {
                return KERNEL_ERROR;
            }
            let message = a[1] as *const u64;
            for i in 0..MESSAGE_WORDS {
                k.inbox[receiver][i] = unsafe { read_volatile(message.add(i)) };
            }
            k.inbox_full[receiver] = true;
            k.sender[receiver] = me;
            if unsafe { (*sw_queue_of(receiver)).push(k.handler_task[receiver], 0) }.is_err() {
                return KERNEL_ERROR;
            }
            0
        }
        KERNEL_RECEIVE => {
            if !k.inbox_full[me] {
                return KERNEL_ERROR;
            }
            let out = a[0] as *mut u64;
            for i in 0..MESSAGE_WORDS {
                unsafe { write_volatile(out.add(i), k.inbox[me][i]) };
            }
            k.sender[me] as u64
        }
        KERNEL_REPLY => {
            if !k.inbox_full[me] {
                return KERNEL_ERROR;
            }
            let to = k.sender[me];
            let reply_task = k.inbox[me][1] as u16;
            if k.reply_full[to] {
                return KERNEL_ERROR;
            }
            k.reply[to] = a[0];
            k.reply_full[to] = true;
            k.inbox_full[me] = false;
            if unsafe { (*sw_queue_of(to)).push(reply_task, 0) }.is_err() {
                return KERNEL_ERROR;
            }
            0
        }
        KERNEL_POP_REPLY => {
            if !k.reply_full[me] {
                return KERNEL_ERROR;
            }
            k.reply_full[me] = false;
            k.reply[me]
        }
        _ => KERNEL_ERROR,
    }
}

#[inline(always)]
fn ecall2(number: u64, a0: u64, a1: u64) -> u64 {
    let ret: u64;
    unsafe { asm!("ecall", inlateout("a0") a0 => ret, in("a1") a1, in("a7") number, options(nostack)) };
    ret
}

/// Context switches of the software kernel: it knows who calls.
#[inline(always)]
fn switch_to(context: usize) {
    unsafe { write_volatile(&mut KERNEL_STATE.current, context) };
}

fn ipc_software_kernel(n: usize) -> Vec<u64> {
    unsafe {
        KERNEL_STATE.grants[CALLER] = 1 << SERVER;
        KERNEL_STATE.handler_task[SERVER] = SW_HANDLER_TASK;
    }
    let (caller_queue, server_queue) = (sw_queue_of(CALLER), sw_queue_of(SERVER));
    let mut message = [0u64; MESSAGE_WORDS];
    let mut received = [0u64; MESSAGE_WORDS];
    let mut cycles = Vec::with_capacity(n);
    for i in 0..n as u64 {
        message = [0, SW_CALLER_TASK as u64, 1, i];
        let t0 = mcycle();
        switch_to(CALLER);
        let sent = ecall2(KERNEL_SEND, SERVER as u64, message.as_ptr() as u64);
        switch_to(SERVER);
        let handler = sw_pop(server_queue);
        let sender = ecall2(KERNEL_RECEIVE, received.as_mut_ptr() as u64, 0);
        let argument = unsafe { read_volatile(&received[3]) };
        let replied = ecall2(KERNEL_REPLY, argument + 1, 0);
        switch_to(CALLER);
        let woken = sw_pop(caller_queue);
        let result = ecall2(KERNEL_POP_REPLY, 0, 0);
        let t1 = mcycle();
        check!(sent == 0 && replied == 0 && sender == CALLER as u64, "kernel ipc {}: send {} receive {} reply {}", i, sent, sender, replied);
        check!(handler == Some(SW_HANDLER_TASK) && woken == Some(SW_CALLER_TASK), "kernel ipc {}: dequeued {:?} {:?}", i, handler, woken);
        check!(result == i + 1, "kernel ipc {}: result {}", i, result);
        cycles.push(t1 - t0);
    }
    let _ = message;
    cycles
}

/// Round trips measured by the calling coroutine, pushed here.
static mut SAMPLES: Vec<u64> = Vec::new();
static DONE_CALLS: AtomicUsize = AtomicUsize::new(0);

fn samples() -> &'static mut Vec<u64> {
    unsafe { &mut SAMPLES }
}

/// Runs two executors on the one hart, alternating their loops, until `client` has no live task.
fn run_pair(client: &mut Executor<Mmio64>, server: &mut Executor<Mmio64>, what: &str, budget: u64) {
    let t_start = mcycle();
    while client.live() > 0 {
        if let Err(e) = client.run_once() {
            fail(exit_code::CHECK, format_args!("{}: client executor: {:?}", what, e));
        }
        if let Err(e) = server.run_once() {
            fail(exit_code::CHECK, format_args!("{}: server executor: {:?}", what, e));
        }
        if mcycle() - t_start > budget {
            fail(exit_code::TIMEOUT, format_args!("{}: {} of the calls done after {} cycles", what, DONE_CALLS.load(Ordering::Relaxed), budget));
        }
    }
}

fn ipc_taskintc_executor(intc: &mut TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, n: usize) -> Vec<u64> {
    check!(control.ipc_grant(EXEC_CALLER, EXEC_SERVER, CHANNEL, true).is_ok(), "ipc grant (executor)");
    let mut client = Executor::new(intc.context_owner(EXEC_CALLER).expect("context").expect("first claim"), HART).expect("hart");
    client.attach_mailbox(intc.mailbox(EXEC_CALLER).expect("context").expect("first claim"));
    let mut server = Executor::new(intc.context_owner(EXEC_SERVER).expect("context").expect("first claim"), HART).expect("hart");
    server.attach_mailbox(intc.mailbox(EXEC_SERVER).expect("context").expect("first claim"));
    let served = server.serve(CHANNEL, 0, false, |request| {
        let argument = request.arg(0).unwrap_or(u64::MAX);
        async move { [argument.wrapping_add(1)] }
    });
    check!(served.is_ok(), "serve: {:?}", served.err());
    *samples() = Vec::with_capacity(n);
    DONE_CALLS.store(0, Ordering::Relaxed);
    let spawner = client.spawner();
    let calls = async move {
        for i in 0..n as u64 {
            let t0 = mcycle();
            super::runtime::call_start();
            // One result word read, as the driver path reads one.
            let result = spawner.call(EXEC_SERVER, CHANNEL, 0, 1, &[i]).reply::<1>().await;
            let t1 = mcycle();
            super::runtime::call_end(i as usize, n, "executor ipc");
            match result {
                Ok([word]) if word == i + 1 => {}
                other => fail(exit_code::CHECK, format_args!("executor ipc {}: {:?}", i, other)),
            }
            samples().push(t1 - t0);
            DONE_CALLS.fetch_add(1, Ordering::Relaxed);
        }
    };
    check!(client.spawn(0, false, calls).is_ok(), "spawn the calling task");
    run_pair(&mut client, &mut server, "executor ipc", 200_000 * n as u64 + 1_000_000);
    core::mem::take(samples())
}

/// The kernel's system calls: `getpid` answers the caller's context (a process per context).
pub fn syscall_table() -> SyscallTable {
    let mut table = SyscallTable::new();
    table.register(nr::GETPID, |caller: Caller, _: [u64; 0]| async move { caller.context as i64 });
    table.register(NR_STOP_KERNEL, |_caller: Caller, _: [u64; 0]| async move {
        KERNEL_STOP.store(true, Ordering::Release);
        0
    });
    table
}

/// The table the ecall handler dispatches with.
static mut ECALL_TABLE: Option<SyscallTable> = None;

/// Makes the ecall handler serve the system-call table.
pub fn install_ecall_table() {
    unsafe { ECALL_TABLE = Some(syscall_table()) };
}

fn syscall_taskintc(control: &mut ControlOwner<Mmio64>, contexts: &mut Contexts, n: usize) -> Vec<u64> {
    check!(taskintc_starry::set_kernel_context(control, KERNEL).is_ok(), "kernel context");
    *samples() = Vec::with_capacity(n);
    DONE_CALLS.store(0, Ordering::Relaxed);
    let syscalls = contexts.syscalls.clone();
    let calls = async move {
        for i in 0..n {
            let t0 = mcycle();
            super::runtime::call_start();
            let pid = syscalls.call(nr::GETPID, &[]).await;
            let t1 = mcycle();
            super::runtime::call_end(i, n, "syscall");
            check!(pid == Ok(USER as i64), "syscall {}: getpid returned {:?}", i, pid);
            samples().push(t1 - t0);
            DONE_CALLS.fetch_add(1, Ordering::Relaxed);
        }
    };
    check!(contexts.user.spawn(0, false, calls).is_ok(), "spawn the calling task");
    run_pair(&mut contexts.user, &mut contexts.kernel, "syscall", 200_000 * n as u64 + 1_000_000);
    core::mem::take(samples())
}

#[inline(always)]
fn ecall(number: u64, a0: u64) -> u64 {
    let ret: u64;
    unsafe { asm!("ecall", inlateout("a0") a0 => ret, in("a7") number, options(nostack)) };
    ret
}

/// The M-mode system-call handler: the same table, the caller taken to be the user process.
pub fn on_ecall(frame: &mut TrapFrame) {
    if (KERNEL_SEND..=KERNEL_POP_REPLY).contains(&frame.a[7]) {
        frame.a[0] = kernel_ipc(frame.a[7], &frame.a);
        return;
    }
    let table = match unsafe { ECALL_TABLE.as_ref() } {
        Some(t) => t,
        None => fail(exit_code::TRAP, format_args!("ecall without a system-call table")),
    };
    let number = frame.a[7];
    // The handler's arguments are a0.. of the trap frame.
    let value = table.call_now(number, Caller { context: USER, info: USER_INFO }, taskintc_starry::from(&frame.a));
    frame.a[0] = match value {
        Poll::Ready(v) => v as u64,
        Poll::Pending => fail(exit_code::CHECK, format_args!("system call {} waits: the ecall path serves calls that complete at once", number)),
    };
}

fn syscall_ecall(n: usize) -> Vec<u64> {
    unsafe { ECALL_TABLE = Some(syscall_table()) };
    let mut cycles = Vec::with_capacity(n);
    for i in 0..n {
        let t0 = mcycle();
        let pid = ecall(nr::GETPID, 0);
        let t1 = mcycle();
        check!(pid == USER as u64, "ecall {}: getpid returned {}", i, pid);
        cycles.push(t1 - t0);
    }
    cycles
}

pub(super) fn report(kind: u64, cycles: &[u64], records: &mut Writer<impl FnMut(u64)>) {
    records.ipc(kind, cycles);
    let mut sorted = cycles.to_vec();
    match stats::summarize(&mut sorted) {
        Some(s) => println!("  {:24} {:4} round trips: median {:6} p99 {:6} mean {:6} min {:6} cycles", IPC_KINDS[kind as usize], s.count, s.median, s.p99, s.mean, s.min),
        None => fail(exit_code::CHECK, format_args!("{}: no samples", IPC_KINDS[kind as usize])),
    }
}

/// One access of each kind per iteration, timed alone.
fn accesses(intc: &mut TaskIntc<Mmio64>, records: &mut Writer<impl FnMut(u64)>, n: usize) {
    let queue = intc.queue(7).expect("context 7");
    let mut staging = intc.mailbox(7).expect("context 7").expect("first claim");
    let message = Message { info: 0, reply_task: None, kind: 0, args: &[] };
    let control = intc.control();
    let idle_nic = super::dev::Nic(3);
    let ram_word: u64 = 7;
    println!("taskintc-soc: single accesses (mcycle before and after, the pair's own cost included)");
    for kind in 0..ACCESS_KINDS.len() as u64 {
        let mut cycles = Vec::with_capacity(n);
        for _ in 0..n {
            let t0 = mcycle();
            match kind {
                ACCESS_MCYCLE_PAIR => {}
                ACCESS_RAM_READ => {
                    let _ = unsafe { read_volatile(&ram_word) };
                }
                ACCESS_TASKINTC_READ => {
                    let _ = queue.count();
                }
                ACCESS_TASKINTC_WRITE => {
                    let _ = control.post_grant(31, 7, false);
                }
                ACCESS_NIC_READ => {
                    let _ = idle_nic.rx_count();
                }
                ACCESS_NIC_WRITE => idle_nic.set_irq_enable(false),
                ACCESS_PLIC_READ => {
                    let _ = super::dev::plic::priority(4);
                }
                // Three staging writes (info, reply task, type): the sample is divided by 3 below.
                ACCESS_TASKINTC_CONTEXT_WRITE => {
                    let _ = staging.stage(&message);
                }
                ACCESS_CYCLE_READ => {
                    let _ = super::dev::cycle();
                }
                _ => fail(exit_code::CHECK, format_args!("access kind {} not measured", kind)),
            }
            let t1 = mcycle();
            cycles.push(if kind == ACCESS_TASKINTC_CONTEXT_WRITE { (t1 - t0 + 2) / 3 } else { t1 - t0 });
        }
        records.access(kind, &cycles);
        let mut sorted = cycles.clone();
        let s = stats::summarize(&mut sorted).expect("n > 0");
        println!("  {:24} median {:4} p99 {:4} min {:4} cycles", ACCESS_KINDS[kind as usize], s.median, s.p99, s.min);
    }
}

pub fn bench(intc: &mut TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, contexts: &mut Contexts, records: &mut Writer<impl FnMut(u64)>) {
    let n = PLAN.ipc_iterations;
    dev::irq_off();
    dev::set_mie(0);
    println!("taskintc-soc: single-hart IPC and system calls (mcycle around each round trip)");
    let c = ipc_taskintc(intc, control, &mut contexts.caller, &mut contexts.server, n);
    report(IPC_IPC_TASKINTC, &c, records);
    check!(contexts.server.set_handler(CHANNEL, None).is_ok(), "handler removed");
    let c = syscall_taskintc_driver(intc, control, &mut contexts.caller, &mut contexts.server, n);
    report(IPC_SYSCALL_TASKINTC_DRIVER, &c, records);
    let c = ipc_software(n);
    report(IPC_IPC_SOFTWARE, &c, records);
    let c = ipc_software_kernel(n);
    report(IPC_IPC_SOFTWARE_KERNEL, &c, records);
    let c = syscall_taskintc(control, contexts, n);
    report(IPC_SYSCALL_TASKINTC, &c, records);
    let c = syscall_ecall(n);
    report(IPC_SYSCALL_ECALL, &c, records);
    let c = ipc_taskintc_executor(intc, control, n);
    report(IPC_IPC_TASKINTC_EXECUTOR, &c, records);
    accesses(intc, records, n);
}

