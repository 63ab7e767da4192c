//! Starry's asynchronous system calls over the IPC system-call path, against the generated RTL:
//! user processes in their own contexts call the kernel context, whose dispatcher runs a handler
//! table and replies; a call that waits for an interrupt in the kernel leaves the process's
//! other coroutines running, and holds up no other call: the kernel serves calls concurrently
//! and answers each by its token when its handler finishes (the blocked one later, out of order).
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use taskintc_driver::TaskIntc;
use taskintc_executor::{yield_now, Executor};
use taskintc_sim::Sim;
use taskintc_starry::{from, install, nr, set_kernel_context, Caller, SyscallTable, Syscalls, ENOSYS, MAX_NR};

const KERNEL: usize = 6;
const PROCESS_A: usize = 2;
const PROCESS_B: usize = 3;
/// A kernel-private call for the test: waits for the next event of an interrupt source.
const SYS_WAIT_DEVICE: u64 = 500;
const DEVICE_SOURCE: usize = 20;

#[test]
fn processes_make_asynchronous_system_calls_to_the_kernel_context() {
    let sim = Sim::new();
    let mut intc = TaskIntc::probe(sim.clone()).unwrap();
    let k = intc.params().ipc.syscall_channel();
    let mut control = intc.control_owner().unwrap();
    set_kernel_context(&mut control, KERNEL).unwrap();
    control.grant(DEVICE_SOURCE, KERNEL, true).unwrap();

    let mut kernel = Executor::new(intc.context_owner(KERNEL).unwrap().unwrap(), 0).unwrap();
    kernel.attach_mailbox(intc.mailbox(KERNEL).unwrap().unwrap());
    let console = Arc::new(Mutex::new(Vec::<(usize, String)>::new()));
    let kernel_spawner = kernel.spawner();
    // The kernel's handlers log when they start (the order the kernel took the calls in) and
    // when they finish (the order it answers them in).
    let events = Arc::new(Mutex::new(Vec::<(&'static str, u64, usize)>::new()));
    let mut table = SyscallTable::new();
    let ev = events.clone();
    table.register(nr::GETPID, move |caller: Caller, _: [u64; 0]| {
        ev.lock().unwrap().push(("start", nr::GETPID, caller.context));
        let ev = ev.clone();
        async move {
            ev.lock().unwrap().push(("finish", nr::GETPID, caller.context));
            100 + caller.context as i64
        }
    });
    let log = console.clone();
    table.register(nr::WRITE, move |caller: Caller, [_fd, buf, len]: [u64; 3]| {
        // The host test shares one address space; a kernel would copy from the user's pages.
        let bytes = unsafe { std::slice::from_raw_parts(buf as *const u8, len as usize) }.to_vec();
        log.lock().unwrap().push((caller.context, String::from_utf8(bytes).unwrap()));
        async move { len as i64 }
    });
    let ev = events.clone();
    table.register(SYS_WAIT_DEVICE, move |caller: Caller, _: [u64; 0]| {
        ev.lock().unwrap().push(("start", SYS_WAIT_DEVICE, caller.context));
        let wait = kernel_spawner.wait_source(DEVICE_SOURCE);
        let ev = ev.clone();
        async move {
            let r = match wait.await {
                Ok(()) => 1,
                Err(_) => -5, // -EIO
            };
            ev.lock().unwrap().push(("finish", SYS_WAIT_DEVICE, caller.context));
            r
        }
    });
    install(&mut kernel, k, 0, true, table).unwrap();

    let mut users = Vec::new();
    let results = Arc::new(Mutex::new(Vec::new()));
    let progress = Arc::new(AtomicU64::new(0));
    let device_done = Arc::new(AtomicU64::new(0));
    for (context, info) in [(PROCESS_A, 0xA000u64), (PROCESS_B, 0xB000)] {
        let mut user = Executor::new(intc.context_owner(context).unwrap().unwrap(), 1).unwrap();
        user.attach_mailbox(intc.mailbox(context).unwrap().unwrap());
        let sys = Syscalls::new(user.spawner(), info);
        let out = results.clone();
        user.spawn(1, false, async move {
            let pid = sys.call(nr::GETPID, &[]).await.unwrap();
            let text = format!("hello from {}", pid);
            let write_args = [1, text.as_ptr() as u64, text.len() as u64];
            let written = sys.call(nr::WRITE, &write_args).await.unwrap();
            let unknown = sys.call(9999, &[]).await.unwrap();
            out.lock().unwrap().push((context, pid, written, text.len() as i64, unknown));
        })
        .unwrap();
        if context == PROCESS_A {
            // A call that blocks in the kernel until the device interrupts (sent first: its
            // coroutine has the highest priority), and a coroutine that keeps running meanwhile.
            let sys = Syscalls::new(user.spawner(), info);
            let done = device_done.clone();
            user.spawn(0, false, async move {
                let r = sys.call(SYS_WAIT_DEVICE, &[]).await.unwrap();
                done.store(r as u64, Ordering::SeqCst);
            })
            .unwrap();
            let progress = progress.clone();
            let done = device_done.clone();
            user.spawn(3, false, async move {
                while done.load(Ordering::SeqCst) == 0 {
                    progress.fetch_add(1, Ordering::SeqCst);
                    yield_now().await;
                }
            })
            .unwrap();
        }
        users.push(user);
    }

    let step_all = |kernel: &mut Executor<Sim>, users: &mut Vec<Executor<Sim>>| {
        for user in users.iter_mut() {
            user.run_once().unwrap();
        }
        kernel.run_once().unwrap();
    };
    // Run while the kernel waits for the device: the device call holds one call in service, and
    // the kernel takes and answers every other call meanwhile.
    for _ in 0..60 {
        step_all(&mut kernel, &mut users);
    }
    let before = progress.load(Ordering::SeqCst);
    assert_eq!(device_done.load(Ordering::SeqCst), 0, "the device has not interrupted yet");
    assert!(before > 10, "process A's other coroutine runs while its call waits in the kernel ({})", before);
    let finished_before = results.lock().unwrap().len();
    println!("before the device interrupt: {} yields of the other coroutine, {} of 2 processes finished", before, finished_before);
    assert_eq!(finished_before, 2, "the blocked call holds up no other call: both processes finished their other calls");
    {
        let events = events.lock().unwrap();
        let started = |nr, ctx| events.iter().position(|e| *e == ("start", nr, ctx)).expect("started");
        assert!(started(SYS_WAIT_DEVICE, PROCESS_A) < started(nr::GETPID, PROCESS_A), "the device call was taken first: {:?}", *events);
        assert!(!events.contains(&("finish", SYS_WAIT_DEVICE, PROCESS_A)), "{:?}", *events);
        assert!(events.contains(&("finish", nr::GETPID, PROCESS_A)) && events.contains(&("finish", nr::GETPID, PROCESS_B)));
    }
    sim.pulse_source_in(5, DEVICE_SOURCE, 3);
    for _ in 0..200 {
        if users.iter().all(|u| u.live() == 0) {
            break;
        }
        step_all(&mut kernel, &mut users);
    }
    assert!(users.iter().all(|u| u.live() == 0), "every process finished");
    assert_eq!(device_done.load(Ordering::SeqCst), 1);
    let events = events.lock().unwrap().clone();
    assert_eq!(events.last(), Some(&("finish", SYS_WAIT_DEVICE, PROCESS_A)), "the blocked call is answered last, out of order: {:?}", events);
    let mut results = results.lock().unwrap().clone();
    results.sort();
    assert_eq!(results.len(), 2);
    for (context, pid, written, len, unknown) in results {
        assert_eq!(pid, 100 + context as i64);
        assert_eq!(written, len);
        assert_eq!(unknown, -ENOSYS);
    }
    let mut console = console.lock().unwrap().clone();
    console.sort();
    assert_eq!(console, vec![(PROCESS_A, "hello from 102".to_string()), (PROCESS_B, "hello from 103".to_string())]);
}

#[test]
fn a_handler_declares_the_arguments_the_dispatcher_reads() {
    let mut table = SyscallTable::new();
    table.register(nr::GETPID, |caller: Caller, _: [u64; 0]| async move { caller.context as i64 });
    table.register(nr::WRITE, |_: Caller, [fd, _buf, len]: [u64; 3]| async move { (fd * 1000 + len) as i64 });
    assert_eq!((table.arguments(nr::GETPID), table.arguments(nr::WRITE), table.arguments(999)), (0, 3, 0));
    // A handler gets the first of the six argument words, whatever the caller sent beyond them.
    let caller = Caller { context: 3, info: 0 };
    assert_eq!(table.call_now(nr::WRITE, caller, from(&[2, 0x100, 7, 9, 9, 9])), std::task::Poll::Ready(2007));
    // The dispatcher's reader gets exactly the handler's arguments to fill.
    let mut asked = Vec::new();
    let value = table.call_now(nr::WRITE, caller, |args| {
        asked.push(args.len());
        args.copy_from_slice(&[4, 0, 5]);
    });
    assert_eq!((value, asked), (std::task::Poll::Ready(4005), vec![3]));
    let value = table.call_now(nr::GETPID, caller, |args| assert!(args.is_empty(), "getpid reads no argument"));
    assert_eq!(value, std::task::Poll::Ready(3));
    let value = table.call_now(999, caller, |_| panic!("an unknown number reads no argument"));
    assert_eq!(value, std::task::Poll::Ready(-ENOSYS));
}

#[test]
fn every_number_below_the_bound_finds_its_own_handler_and_no_other_number_finds_one() {
    let mut table = SyscallTable::new();
    // Every second number, so that holes inside the table are tested too.
    for n in (1..MAX_NR).step_by(2) {
        table.register(n, move |_: Caller, _: [u64; 0]| async move { n as i64 });
    }
    let caller = Caller { context: 1, info: 0 };
    for n in 0..MAX_NR + 4 {
        let expected = if n % 2 == 1 && n < MAX_NR { n as i64 } else { -ENOSYS };
        assert_eq!(table.call_now(n, caller, from(&[0; 6])), std::task::Poll::Ready(expected), "number {}", n);
    }
    for n in [u64::MAX, 1 << 32, MAX_NR * 2] {
        assert_eq!(table.call_now(n, caller, |_| panic!("no handler, no argument read")), std::task::Poll::Ready(-ENOSYS));
        assert_eq!(table.arguments(n), 0);
    }
    // A later registration replaces the handler of its number.
    table.register(3, |_: Caller, [a]: [u64; 1]| async move { a as i64 * 2 });
    assert_eq!((table.arguments(3), table.call_now(3, caller, from(&[21, 0, 0, 0, 0, 0]))), (1, std::task::Poll::Ready(42)));
}

#[test]
#[should_panic(expected = "system call 1024: the numbers are 0..1024")]
fn a_number_beyond_the_table_is_refused() {
    SyscallTable::new().register(MAX_NR, |_: Caller, _: [u64; 0]| async move { 0 });
}

#[test]
#[should_panic(expected = "a handler takes at most 6 arguments, not 7")]
fn a_handler_of_more_than_six_arguments_is_refused() {
    SyscallTable::new().register(1, |_: Caller, _: [u64; 7]| async move { 0 });
}
