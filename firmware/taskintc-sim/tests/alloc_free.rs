//! The executor's hot paths allocate nothing: a counting global allocator watches this thread
//! while tasks wait and are woken by the controller, yield, make IPC calls and system calls
//! through taskintc-starry, race a wait against a timeout, and are spawned into static storage
//! or into a reused heap block; only the setup (executors, services, first spawns) allocates.
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use taskintc_driver::TaskIntc;
use taskintc_executor::{yield_now, Executor, TaskStorage};
use taskintc_sim::Sim;
use taskintc_starry::{install, nr, set_kernel_context, Caller, SyscallTable, Syscalls};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn allocations() -> u64 {
    ALLOCATIONS.with(|n| n.get())
}

const ROUNDS: u64 = 50;

fn step_until_done(executors: &mut [&mut Executor<Sim>], sim: &Sim, done: impl Fn() -> bool) {
    for _ in 0..100_000 {
        if done() {
            return;
        }
        let mut any = false;
        for e in executors.iter_mut() {
            any |= e.run_once().unwrap();
        }
        if !any {
            sim.step(5);
        }
    }
    panic!("not done");
}

#[test]
fn waits_wakes_polls_calls_and_system_calls_allocate_nothing() {
    let sim = Sim::new();
    let mut intc = TaskIntc::probe(sim.clone()).unwrap();
    let mut control = intc.control_owner().unwrap();
    let (device, timer) = (Sim::sources() - 1, Sim::sources() - 2);
    control.grant(device, 0, true).unwrap();
    control.grant(timer, 0, true).unwrap();
    let mut exec = Executor::new(intc.context_owner(0).unwrap().unwrap(), 0).unwrap();
    let spawner = exec.spawner();

    // 1. Wait for the source, woken by the controller (an injected event), polled: ROUNDS times.
    let woken = Arc::new(AtomicU64::new(0));
    let w = woken.clone();
    exec.spawn(1, false, async move {
        for _ in 0..ROUNDS {
            spawner.wait_source(device).await.unwrap();
            w.fetch_add(1, Ordering::Relaxed);
            yield_now().await;
        }
    })
    .unwrap();
    let before = allocations();
    let inject = control.control();
    step_until_done(&mut [&mut exec], &sim, || {
        let n = woken.load(Ordering::Relaxed);
        if n < ROUNDS && !sim_idle_waiting(&inject, device) {
            return false;
        }
        if n < ROUNDS {
            inject.inject(device).unwrap();
        }
        n == ROUNDS
    });
    assert_eq!(allocations() - before, 0, "wait / wake / poll / yield");

    // 2. A wait raced against a timeout that never fires (the parked timer word is taken over
    //    round after round).
    let raced = Arc::new(AtomicU64::new(0));
    let r = raced.clone();
    exec.spawn(1, false, async move {
        for _ in 0..ROUNDS {
            spawner.with_timeout(timer, spawner.wait_source(device)).await.unwrap().unwrap();
            r.fetch_add(1, Ordering::Relaxed);
        }
    })
    .unwrap();
    let before = allocations();
    step_until_done(&mut [&mut exec], &sim, || {
        let n = raced.load(Ordering::Relaxed);
        if n < ROUNDS && sim_idle_waiting(&inject, device) {
            inject.inject(device).unwrap();
        }
        n == ROUNDS
    });
    assert_eq!(allocations() - before, 0, "with_timeout");

    // 3. Spawning into static storage, and into a reused heap block.
    static STORAGE: TaskStorage<1024> = TaskStorage::new();
    let ran = Arc::new(AtomicU64::new(0));
    let job = |ran: Arc<AtomicU64>| async move {
        ran.fetch_add(1, Ordering::Relaxed);
    };
    exec.spawn(2, false, job(ran.clone())).unwrap(); // allocates its block once
    while exec.run_once().unwrap() {}
    let jobs: Vec<_> = (0..2 * ROUNDS).map(|_| job(ran.clone())).collect();
    let before = allocations();
    for (i, j) in jobs.into_iter().enumerate() {
        if i % 2 == 0 {
            exec.spawn_in(&STORAGE, 2, false, j).unwrap();
        } else {
            exec.spawn(2, false, j).unwrap();
        }
        while exec.run_once().unwrap() {}
    }
    assert_eq!(allocations() - before, 0, "spawn into storage or a reused block");
    assert_eq!(ran.load(Ordering::Relaxed), 2 * ROUNDS + 1);

    // 4. IPC calls between two contexts, and system calls through taskintc-starry.
    const CLIENT: usize = 1;
    const SERVER: usize = 2;
    const KERNEL: usize = 6;
    control.ipc_grant(CLIENT, SERVER, 0, true).unwrap();
    set_kernel_context(&mut control, KERNEL).unwrap();
    let mut client = Executor::new(intc.context_owner(CLIENT).unwrap().unwrap(), 0).unwrap();
    client.attach_mailbox(intc.mailbox(CLIENT).unwrap().unwrap());
    let mut server = Executor::new(intc.context_owner(SERVER).unwrap().unwrap(), 1).unwrap();
    server.attach_mailbox(intc.mailbox(SERVER).unwrap().unwrap());
    server.serve(0, 0, false, |req| async move { [req.arg(0).unwrap() + 1] }).unwrap();
    let mut kernel = Executor::new(intc.context_owner(KERNEL).unwrap().unwrap(), 2).unwrap();
    kernel.attach_mailbox(intc.mailbox(KERNEL).unwrap().unwrap());
    let mut table = SyscallTable::new();
    table.register(nr::GETPID, |caller: Caller, _: [u64; 0]| async move { caller.context as i64 });
    assert!(!table.boxes(nr::GETPID, Caller { context: 0, info: 0 }, [0; 6]), "getpid's future fits inline");
    install(&mut kernel, intc.params().ipc.syscall_channel(), 0, false, table).unwrap();
    let calls = Arc::new(AtomicU64::new(0));
    let c = calls.clone();
    let client_spawner = client.spawner();
    let syscalls = Syscalls::new(client.spawner(), 0x1000);
    client
        .spawn(0, false, async move {
            for i in 0..ROUNDS {
                let reply = client_spawner.call(SERVER, 0, 0, 0, &[i]).reply::<1>().await;
                assert_eq!(reply, Ok([i + 1]));
                assert_eq!(syscalls.call(nr::GETPID, &[]).await, Ok(CLIENT as i64));
                c.fetch_add(1, Ordering::Relaxed);
            }
        })
        .unwrap();
    let before = allocations();
    step_until_done(&mut [&mut client, &mut server, &mut kernel], &sim, || calls.load(Ordering::Relaxed) == ROUNDS);
    assert_eq!(allocations() - before, 0, "IPC calls and system calls");
}

/// The source has a parked waiter and no pending event (so an injection wakes it).
fn sim_idle_waiting(control: &taskintc_driver::Control<Sim>, source: usize) -> bool {
    let status = control.source_status(source).unwrap();
    status.waiting && status.pending == 0
}
