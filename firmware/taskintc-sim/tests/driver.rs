//! The driver against the generated RTL (rtl-out/TaskIntc.v under Verilator).
use taskintc_driver::{CancelWait, ContextOwner, ControlOwner, Error, ErrorBits, SourceConfig, TaskIntc, TaskWord};
use taskintc_sim::{Response, Sim};

fn word(n: usize, priority: u8) -> TaskWord {
    TaskWord::new(0x10_0000 + 64 * n, priority, false).unwrap()
}

fn setup() -> (Sim, TaskIntc<Sim>) {
    let sim = Sim::new();
    let intc = TaskIntc::probe(sim.clone()).expect("probe");
    (sim, intc)
}

fn owners(intc: &mut TaskIntc<Sim>, c: usize) -> (ContextOwner<Sim>, ControlOwner<Sim>) {
    (intc.context_owner(c).unwrap().unwrap(), intc.control_owner().unwrap())
}

#[test]
fn probe_reads_the_parameters_of_the_generated_top() {
    let (_sim, intc) = setup();
    let p = intc.params();
    // rtl-out/TaskIntc.regmap.md: 8 contexts, 8 levels, 1024 entries, 4 harts, 64-bit words.
    assert_eq!((p.contexts, p.priorities, p.capacity, p.harts, p.task_width, p.region_size), (8, 8, 1024, 4, 64, 0x1000));
    assert_eq!(p.sources, Sim::sources());
}

#[test]
fn probe_refuses_a_window_without_the_magic() {
    struct Zero;
    impl taskintc_driver::Mmio for Zero {
        fn read(&self, _: usize) -> u64 {
            0
        }
        fn write(&self, _: usize, _: u64) {}
    }
    impl Clone for Zero {
        fn clone(&self) -> Self {
            Zero
        }
    }
    assert!(matches!(TaskIntc::probe(Zero), Err(taskintc_driver::ProbeError::NoController { id: 0 })));
}

#[test]
fn probe_refuses_another_register_layout() {
    // The magic of a TaskIntc, but the next layout version: this driver's offsets may be wrong for it.
    #[derive(Clone)]
    struct NextLayout;
    impl taskintc_driver::Mmio for NextLayout {
        fn read(&self, _: usize) -> u64 {
            (taskintc_driver::MAGIC << 8) | (taskintc_driver::LAYOUT_VERSION + 1)
        }
        fn write(&self, _: usize, _: u64) {}
    }
    let found = (taskintc_driver::LAYOUT_VERSION + 1) as u8;
    assert!(matches!(TaskIntc::probe(NextLayout), Err(taskintc_driver::ProbeError::LayoutVersion { found: f }) if f == found));
}

#[test]
fn dequeue_follows_priority_then_fifo() {
    let (_sim, mut intc) = setup();
    let (mut ctx, _) = owners(&mut intc, 2);
    let order = [(0, 5), (1, 2), (2, 7), (3, 2), (4, 0), (5, 5), (6, 2)];
    for &(n, p) in &order {
        ctx.enqueue(word(n, p)).unwrap();
    }
    assert_eq!(ctx.count(), order.len());
    assert_eq!(ctx.levels(), 1 << 0 | 1 << 2 | 1 << 5 | 1 << 7);
    let mut got = Vec::new();
    while let Some(w) = ctx.dequeue(1).unwrap() {
        got.push((w.tcb() - 0x10_0000) / 64);
    }
    // Level 0 first, then 2 in arrival order (1, 3, 6), then 5 (0, 5), then 7.
    assert_eq!(got, vec![4, 1, 3, 6, 0, 5, 2]);
    assert_eq!(ctx.count(), 0);
}

#[test]
fn enqueue_head_goes_first_in_its_level_and_current_task_is_visible() {
    let (_sim, mut intc) = setup();
    let (mut ctx, control) = owners(&mut intc, 0);
    ctx.enqueue(word(1, 3)).unwrap();
    ctx.enqueue(word(2, 3)).unwrap();
    ctx.enqueue_head(word(3, 3)).unwrap();
    assert_eq!(ctx.dequeue(2).unwrap(), Some(word(3, 3)));
    let control = control.control();
    assert_eq!(control.current_task(2).unwrap(), Some(word(3, 3)));
    assert_eq!(control.current_context(2).unwrap(), Some(0));
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(1, 3)));
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(2, 3)));
    assert_eq!(ctx.dequeue(0).unwrap(), None);
    assert_eq!(control.current_task(0).unwrap(), None);
}

#[test]
fn remove_cancels_one_task_and_reports_not_found() {
    let (_sim, mut intc) = setup();
    let (mut ctx, _) = owners(&mut intc, 1);
    for n in 0..5 {
        ctx.enqueue(word(n, 4)).unwrap();
    }
    ctx.remove(word(2, 4)).unwrap();
    let err = ctx.remove(word(2, 4)).unwrap_err();
    assert!(err.is(ErrorBits::NOT_FOUND), "{:?}", err);
    // Same pointer at another priority is another word.
    assert!(ctx.remove(word(3, 1)).unwrap_err().is(ErrorBits::NOT_FOUND));
    let mut got = Vec::new();
    while let Some(w) = ctx.dequeue(0).unwrap() {
        got.push((w.tcb() - 0x10_0000) / 64);
    }
    assert_eq!(got, vec![0, 1, 3, 4]);
}

#[test]
fn contexts_are_isolated() {
    let (_sim, mut intc) = setup();
    let mut a = intc.context_owner(3).unwrap().unwrap();
    let b = intc.context_owner(4).unwrap().unwrap();
    assert!(intc.context_owner(3).unwrap().is_none(), "a page has one owner");
    a.enqueue(word(9, 1)).unwrap();
    assert_eq!(b.dequeue(0).unwrap(), None);
    assert_eq!(intc.control().context_count(3).unwrap(), 1);
    assert_eq!(a.dequeue(0).unwrap(), Some(word(9, 1)));
}

#[test]
fn refusals_decode_from_the_error_register() {
    let (sim, mut intc) = setup();
    let (mut ctx, _) = owners(&mut intc, 0);
    // Priority 8 is a valid task word field but not a level of this controller: the driver refuses
    // it before any access; the raw write shows the controller refusing it too.
    let high = TaskWord::new(0x4000, 8, false).unwrap();
    assert!(matches!(ctx.enqueue(high), Err(Error::Argument(a)) if a.what == "priority"));
    let queue = ctx.queue();
    queue.post_enqueue(high);
    assert_eq!(queue.take_errors(), ErrorBits::BAD_PRIORITY);
    assert_eq!(queue.take_errors(), ErrorBits(0), "the error register clears on read");
    // A null task (raw write: TaskWord cannot hold it).
    let page = intc.params().context_page(0) as u64;
    assert_eq!(sim.write_raw(page, 0), Response::Okay);
    assert_eq!(ctx.check().unwrap_err(), Error::Refused(ErrorBits::NULL_TASK));
    // A read of a write-only register is a bus error and BAD_ACCESS.
    let errors_before = sim.bus_errors();
    let (_, response) = sim.read_raw(page);
    assert_eq!(response, Response::SlaveError);
    assert_eq!(sim.bus_errors(), errors_before + 1);
    assert!(ctx.check().unwrap_err().is(ErrorBits::BAD_ACCESS));
    // Partial-width write.
    assert_eq!(sim.write_strobe(page, word(1, 0).raw(), 0x0f), Response::SlaveError);
    assert!(ctx.check().unwrap_err().is(ErrorBits::BAD_ACCESS));
    assert_eq!(ctx.count(), 0, "refused operations change nothing");
}

#[test]
fn pool_full_is_reported_and_nothing_changes() {
    let (_sim, mut intc) = setup();
    let capacity = intc.params().capacity;
    let (mut ctx, control) = owners(&mut intc, 5);
    let queue = ctx.queue();
    for n in 0..capacity {
        queue.post_enqueue(word(n, (n % 8) as u8));
    }
    ctx.check().unwrap();
    assert_eq!(control.control().pool_free(), 0);
    let err = ctx.enqueue(word(capacity, 0)).unwrap_err();
    assert_eq!(err, Error::Refused(ErrorBits::POOL_FULL));
    assert_eq!(ctx.count(), capacity);
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(0, 0)));
    ctx.enqueue(word(capacity, 0)).unwrap();
}

#[test]
fn wait_needs_a_grant_and_an_interrupt_wakes_the_task() {
    let (sim, mut intc) = setup();
    let (mut ctx, mut control) = owners(&mut intc, 1);
    let source = Sim::sources() - 1; // a generic (level) line
    let err = ctx.wait(source, word(1, 2)).unwrap_err();
    assert_eq!(err, Error::Refused(ErrorBits::NOT_GRANTED));
    control.grant(source, 1, true).unwrap();
    ctx.wait(source, word(1, 2)).unwrap();
    assert!(control.control().source_status(source).unwrap().waiting);
    assert_eq!(ctx.dequeue(0).unwrap(), None, "parked, not ready");
    sim.set_source(source, true);
    sim.step(4);
    sim.set_source(source, false);
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(1, 2)));
    let status = control.control().source_status(source).unwrap();
    assert!(!status.waiting && status.pending == 0, "{:?}", status);
    // Revoked: refused again.
    control.grant(source, 1, false).unwrap();
    assert!(ctx.wait(source, word(1, 2)).unwrap_err().is(ErrorBits::NOT_GRANTED));
}

#[test]
fn an_event_before_the_wait_is_pending_and_wakes_at_once() {
    let (sim, mut intc) = setup();
    let (mut ctx, mut control) = owners(&mut intc, 0);
    let nic_rx0 = 0; // NIC RX queue 0: edge counted
    control.grant(nic_rx0, 0, true).unwrap();
    for _ in 0..2 {
        sim.set_source(nic_rx0, true);
        sim.step(2);
        sim.set_source(nic_rx0, false);
        sim.step(2);
    }
    assert_eq!(control.control().source_status(nic_rx0).unwrap().pending, 2);
    ctx.wait(nic_rx0, word(7, 0)).unwrap();
    ctx.wait(nic_rx0, word(8, 0)).unwrap();
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(7, 0)));
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(8, 0)));
    assert_eq!(control.control().source_status(nic_rx0).unwrap().pending, 0);
}

#[test]
fn injection_wake_all_and_persistent_handlers() {
    let (sim, mut intc) = setup();
    let (mut ctx, mut control) = owners(&mut intc, 2);
    let s = Sim::sources() - 2;
    control.grant(s, 2, true).unwrap();
    control.configure_source(s, SourceConfig { wake_all: true, ..Default::default() }).unwrap();
    for n in 0..3 {
        ctx.wait(s, word(n, 1)).unwrap();
    }
    control.inject(s).unwrap();
    sim.step(10); // the wakeups run in the controller, one per cycle, after the write returned
    assert_eq!(ctx.count(), 3, "wake-all woke every waiter");
    while ctx.dequeue(0).unwrap().is_some() {}
    control.configure_source(s, SourceConfig { persistent: true, ..Default::default() }).unwrap();
    ctx.wait(s, word(20, 0)).unwrap();
    assert!(control.control().source_status(s).unwrap().handler);
    control.inject(s).unwrap();
    control.inject(s).unwrap();
    sim.step(10);
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(20, 0)));
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(20, 0)), "each event enqueues a copy of the handler");
    assert_eq!(ctx.dequeue(0).unwrap(), None);
}

#[test]
fn argument_errors_name_the_parameter() {
    let (_sim, mut intc) = setup();
    let sources = Sim::sources();
    let (mut ctx, mut control) = owners(&mut intc, 0);
    let e = ctx.wait(sources, word(1, 0)).unwrap_err();
    assert!(matches!(e, Error::Argument(a) if a.what == "source" && a.limit == sources as u64), "{:?}", e);
    let e = control.grant(0, 8, true).unwrap_err();
    assert!(matches!(e, Error::Argument(a) if a.what == "context"), "{:?}", e);
    assert_eq!(ctx.dequeue(4).unwrap_err().what, "hart");
    assert!(intc.queue(8).is_err());
}

#[test]
fn preempting_wakeup_raises_usip_of_the_hart_running_the_context() {
    let (sim, mut intc) = setup();
    let (mut ctx, mut control) = owners(&mut intc, 3);
    let s = Sim::sources() - 3;
    control.grant(s, 3, true).unwrap();
    control.set_hart_context(1, Some(3)).unwrap();
    // Hart 1 runs a priority-6 task of context 3.
    ctx.enqueue(word(1, 6)).unwrap();
    assert_eq!(ctx.dequeue(1).unwrap(), Some(word(1, 6)));
    let urgent = TaskWord::new(0x20_0000, 1, true).unwrap();
    ctx.wait(s, urgent).unwrap();
    assert_eq!(sim.usip() & 0b10, 0);
    control.inject(s).unwrap();
    sim.step(2);
    assert_eq!(sim.usip() & 0b10, 0b10, "the woken task outranks hart 1's");
    assert_eq!(control.control().usip() & 0b10, 0b10);
    assert_eq!(ctx.dequeue(1).unwrap(), Some(urgent));
    assert_eq!(sim.usip() & 0b10, 0, "a dequeue clears the hart's usip");
}

/// Bus cycles of the driver's operations on the generated AXI4-Lite top, as the harness drives it
/// (request and response handshakes, one cycle each, no wait states on the master side).
#[test]
fn operations_cost_one_access_each_and_few_cycles() {
    let (sim, mut intc) = setup();
    let (mut ctx, _) = owners(&mut intc, 0);
    let queue = ctx.queue();
    let cycles = |f: &mut dyn FnMut()| {
        let start = sim.cycle();
        f();
        sim.cycle() - start
    };
    let posted = cycles(&mut || queue.post_enqueue(word(1, 1)));
    let checked = cycles(&mut || ctx.enqueue(word(2, 1)).unwrap());
    let dequeue = cycles(&mut || assert_eq!(queue.dequeue(0).unwrap(), Some(word(1, 1))));
    println!("cycles: posted enqueue {}, checked enqueue {}, dequeue {}", posted, checked, dequeue);
    assert!(posted <= 2, "posted enqueue took {} cycles", posted);
    assert!(dequeue <= 3, "dequeue took {} cycles", dequeue);
    assert!(checked <= posted + dequeue, "checked enqueue = one write + one read, took {}", checked);
}

#[test]
fn a_process_drives_its_own_region_mapped_alone() {
    let (sim, intc) = setup();
    let params = *intc.params();
    // The process sees only context 6's region, at its own base.
    let region = taskintc_driver::Offset { mmio: sim.clone(), base: params.context_page(6) };
    let mut process = unsafe { ContextOwner::for_region(region, params) };
    process.enqueue(word(1, 2)).unwrap();
    process.enqueue(word(2, 0)).unwrap();
    assert_eq!(intc.control().context_count(6).unwrap(), 2, "the kernel sees the process's tasks");
    assert_eq!(intc.control().context_levels(6).unwrap(), 0b101);
    assert_eq!(process.dequeue(3).unwrap(), Some(word(2, 0)));
    assert!(process.remove(word(9, 2)).unwrap_err().is(ErrorBits::NOT_FOUND));
}

#[test]
fn cancel_wait_takes_a_parked_task_back_and_reports_when_it_was_not_waiting() {
    let (sim, mut intc) = setup();
    let (mut ctx, mut control) = owners(&mut intc, 2);
    let s = Sim::sources() - 3;
    // The driver's offset rule agrees with the generated register map.
    for i in [0, 1, s] {
        assert_eq!(taskintc_driver::cancel_wait_offset(Sim::sources(), i) as u64, taskintc_driver::regs::context::cancel_wait(i as u64));
    }
    assert_eq!(ctx.cancel_wait(s, word(1, 3)), Err(Error::Refused(ErrorBits::NOT_GRANTED)));
    control.grant(s, 2, true).unwrap();
    let free = control.control().pool_free();
    for n in 1..=3 {
        ctx.wait(s, word(n, 3)).unwrap();
    }
    assert_eq!(control.control().pool_free(), free - 3);
    assert_eq!(ctx.cancel_wait(s, word(2, 3)), Ok(CancelWait::Cancelled), "the middle waiter");
    assert_eq!(ctx.cancel_wait(s, word(2, 3)), Ok(CancelWait::NotWaiting), "not twice");
    assert_eq!(ctx.cancel_wait(s, word(9, 3)), Ok(CancelWait::NotWaiting), "never parked");
    assert_eq!(control.control().pool_free(), free - 2, "the cancelled entry is free again");
    // An event wakes the oldest waiter left; cancelling it afterwards finds it woken, not waiting.
    control.inject(s).unwrap();
    sim.step(10);
    assert_eq!(ctx.cancel_wait(s, word(1, 3)), Ok(CancelWait::NotWaiting), "already woken");
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(1, 3)), "a woken task stays ready");
    assert_eq!(ctx.cancel_wait(s, word(3, 3)), Ok(CancelWait::Cancelled), "the last waiter");
    let status = control.control().source_status(s).unwrap();
    assert!(!status.waiting && status.pending == 0, "{:?}", status);
    // An event with nobody waiting is kept, whatever was cancelled before.
    control.inject(s).unwrap();
    sim.step(10);
    assert_eq!(control.control().source_status(s).unwrap().pending, 1);
    ctx.wait(s, word(4, 3)).unwrap();
    assert_eq!(ctx.dequeue(0).unwrap(), Some(word(4, 3)), "the kept event wakes the next wait at once");
    assert_eq!(control.control().pool_free(), free);
    assert!(ctx.cancel_wait(Sim::sources(), word(4, 3)).is_err(), "source out of range");
}
