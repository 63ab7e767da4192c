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
use taskintc_starry::{install, nr, set_kernel_context, Caller, SyscallTable, Syscalls, ENOSYS};

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
    table.register(nr::GETPID, move |caller: Caller, _| {
        ev.lock().unwrap().push(("start", nr::GETPID, caller.context));
        let ev = ev.clone();
        async move {
            ev.lock().unwrap().push(("finish", nr::GETPID, caller.context));
            100 + caller.context as i64
        }
    });
    let log = console.clone();
    table.register(nr::WRITE, move |caller: Caller, args| {
        // The host test shares one address space; a kernel would copy from the user's pages.
        let bytes = unsafe { std::slice::from_raw_parts(args[1] as *const u8, args[2] as usize) }.to_vec();
        log.lock().unwrap().push((caller.context, String::from_utf8(bytes).unwrap()));
        async move { args[2] as i64 }
    });
    let ev = events.clone();
    table.register(SYS_WAIT_DEVICE, move |caller: Caller, _| {
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
