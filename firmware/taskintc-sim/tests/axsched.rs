//! The axsched-style scheduler against the generated RTL.
use std::sync::Arc;

use taskintc_axsched::{BaseScheduler, TaskIntcScheduler, TaskIntcTask};
use taskintc_driver::TaskIntc;
use taskintc_sim::Sim;

type Task = Arc<TaskIntcTask<&'static str>>;

fn scheduler(slice: isize) -> TaskIntcScheduler<&'static str, Sim> {
    let mut intc = TaskIntc::probe(Sim::new()).unwrap();
    let mut s = TaskIntcScheduler::new(intc.context_owner(0).unwrap().unwrap(), 0, slice);
    s.init();
    s
}

fn task(name: &'static str, priority: u8) -> Task {
    Arc::new(TaskIntcTask::new(name, priority))
}

fn drain(s: &mut TaskIntcScheduler<&'static str, Sim>) -> Vec<&'static str> {
    let mut out = Vec::new();
    while let Some(t) = s.pick_next_task() {
        out.push(*t.inner());
    }
    out
}

#[test]
fn picks_by_priority_then_fifo_and_holds_references() {
    let mut s = scheduler(5);
    let tasks: Vec<Task> = vec![task("a", 3), task("b", 1), task("c", 3), task("d", 0)];
    for t in &tasks {
        s.add_task(t.clone());
    }
    assert_eq!(s.len(), 4);
    assert!(tasks.iter().all(|t| Arc::strong_count(t) == 2), "the controller holds one reference each");
    assert_eq!(drain(&mut s), vec!["d", "b", "a", "c"]);
    assert!(tasks.iter().all(|t| Arc::strong_count(t) == 1), "picked tasks gave their references back");
}

#[test]
fn remove_task_really_removes() {
    let mut s = scheduler(5);
    let (a, b, c) = (task("a", 2), task("b", 2), task("c", 2));
    for t in [&a, &b, &c] {
        s.add_task(t.clone());
    }
    let removed = s.remove_task(&b).expect("b is queued");
    assert!(Arc::ptr_eq(&removed, &b));
    drop(removed);
    assert_eq!(Arc::strong_count(&b), 1);
    assert!(s.remove_task(&b).is_none(), "not queued any more");
    assert_eq!(drain(&mut s), vec!["a", "c"]);
    assert!(s.remove_task(&a).is_none());
}

#[test]
fn set_priority_moves_a_queued_task_and_applies_later_to_a_running_one() {
    let mut s = scheduler(5);
    let (a, b, c) = (task("a", 4), task("b", 4), task("c", 2));
    for t in [&a, &b, &c] {
        s.add_task(t.clone());
    }
    assert!(s.set_priority(&b, 1));
    assert!(!s.set_priority(&b, 8), "8 levels: 0..8");
    assert!(!s.set_priority(&b, -1));
    let first = s.pick_next_task().unwrap();
    assert_eq!(*first.inner(), "b");
    // b runs; lowering it takes effect when it is put back.
    assert!(s.set_priority(&first, 6));
    s.put_prev_task(first, false);
    assert_eq!(drain(&mut s), vec!["c", "a", "b"]);
    assert_eq!(Arc::strong_count(&b), 1);
}

#[test]
fn task_tick_expires_the_slice_or_sees_a_higher_level() {
    let mut s = scheduler(3);
    let (cur, peer, urgent) = (task("cur", 4), task("peer", 4), task("urgent", 2));
    s.add_task(cur.clone());
    s.add_task(peer.clone());
    let running = s.pick_next_task().unwrap();
    assert!(!s.task_tick(&running), "a peer of the same level does not preempt");
    assert!(!s.task_tick(&running));
    assert!(s.task_tick(&running), "third tick: slice of 3 used up");
    // Round robin: expired, back to the tail.
    s.put_prev_task(running, true);
    let running = s.pick_next_task().unwrap();
    assert_eq!(*running.inner(), "peer");
    assert!(!s.task_tick(&running));
    s.add_task(urgent.clone());
    assert!(s.task_tick(&running), "a higher level is ready");
    // Preempted with slice left: goes to the head of its level.
    s.put_prev_task(running, true);
    assert_eq!(drain(&mut s), vec!["urgent", "peer", "cur"]);
}
