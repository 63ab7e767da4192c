//! Configuration-independent driver checks: everything the test knows about the controller comes
//! from its `params` register (and the harness's number of sources). `scripts/firmware.sh test`
//! runs this file against the default top and against other generated AXI4-Lite tops
//! (`TOP=... scripts/firmware.sh test --test configs`).
use taskintc_driver::{ErrorBits, IpcErrorBits, Message, TaskIntc, TaskWord};
use taskintc_sim::Sim;

fn word(n: usize, priority: usize) -> TaskWord {
    // Small addresses: valid task words for 32-bit configurations too.
    TaskWord::new(0x1_0000 + 64 * n, priority as u8, false).unwrap()
}

fn probe() -> (Sim, TaskIntc<Sim>) {
    let sim = Sim::new();
    let intc = TaskIntc::probe_with(sim.clone(), Sim::sources(), Sim::ipc_layout()).unwrap();
    (sim, intc)
}

#[test]
fn params_match_the_generated_top() {
    let (_sim, intc) = probe();
    let p = intc.params();
    println!("{}: {:?}", taskintc_sim::TOP, p);
    assert_eq!(p.task_width, Sim::data_bits());
    assert!(p.contexts >= 1 && p.priorities >= 1 && p.harts >= 1 && p.capacity >= 4);
}

#[test]
fn every_context_orders_by_priority_then_fifo_in_isolation() {
    let (_sim, mut intc) = probe();
    let p = *intc.params();
    let control = intc.control();
    for c in 0..p.contexts {
        let mut owner = intc.context_owner(c).unwrap().unwrap();
        // Two tasks per level, lowest level first, tagged with their context.
        let mut n = 0;
        let levels = p.priorities.min(p.capacity / 2);
        for level in (0..levels).rev() {
            for _ in 0..2 {
                owner.enqueue(word(c * 1000 + n, level)).unwrap();
                n += 1;
            }
        }
        assert_eq!(control.context_count(c).unwrap(), n);
        let hart = c % p.harts;
        let mut expected = Vec::new();
        for (i, level) in (0..levels).rev().enumerate() {
            expected.push((2 * i, level));
            expected.push((2 * i + 1, level));
        }
        expected.sort_by_key(|&(i, level)| (level, i));
        for (i, level) in expected {
            assert_eq!(owner.dequeue(hart).unwrap(), Some(word(c * 1000 + i, level)), "context {}", c);
        }
        assert_eq!(owner.dequeue(hart).unwrap(), None);
    }
}

#[test]
fn the_pool_fills_to_capacity_then_refuses() {
    let (_sim, mut intc) = probe();
    let p = *intc.params();
    let mut owner = intc.context_owner(p.contexts - 1).unwrap().unwrap();
    for n in 0..p.capacity {
        owner.enqueue(word(n, n % p.priorities)).unwrap();
    }
    assert_eq!(intc.control().pool_free(), 0);
    assert!(owner.enqueue(word(p.capacity, 0)).unwrap_err().is(ErrorBits::POOL_FULL));
    assert!(owner.dequeue(0).unwrap().is_some());
    owner.enqueue(word(p.capacity, 0)).unwrap();
}

#[test]
fn an_interrupt_line_wakes_a_task_on_every_source() {
    let (sim, mut intc) = probe();
    let p = *intc.params();
    let mut control = intc.control_owner().unwrap();
    let mut owner = intc.context_owner(0).unwrap().unwrap();
    for s in 0..p.sources {
        control.grant(s, 0, true).unwrap();
        owner.wait(s, word(s, 0)).unwrap();
        assert_eq!(owner.dequeue(0).unwrap(), None, "source {}: parked", s);
        sim.set_source(s, true);
        sim.step(3);
        sim.set_source(s, false);
        sim.step(3);
        assert_eq!(owner.dequeue(0).unwrap(), Some(word(s, 0)), "source {}", s);
    }
}

/// On tops with an IPC unit: a full-size message and result between every ordered pair of
/// contexts (a context may send to itself), sized from the top's header; refused before the
/// grant, and to a channel without handler.
#[test]
fn ipc_round_trips_between_every_pair_of_contexts() {
    let (_sim, mut intc) = probe();
    let p = *intc.params();
    if p.ipc.channels == 0 {
        println!("{}: no IPC unit", taskintc_sim::TOP);
        assert!(intc.mailbox(0).is_err());
        return;
    }
    let mut control = intc.control_owner().unwrap();
    let mut boxes: Vec<_> = (0..p.contexts).map(|c| (intc.context_owner(c).unwrap().unwrap(), intc.mailbox(c).unwrap().unwrap())).collect();
    let mask = if p.task_width == 64 { u64::MAX } else { u32::MAX as u64 };
    let channel = p.ipc.channels - 1;
    for (c, (_, mailbox)) in boxes.iter_mut().enumerate() {
        mailbox.set_handler(channel, Some(word(5000 + c, 0))).unwrap();
    }
    for sender in 0..p.contexts {
        for receiver in 0..p.contexts {
            let tag = (sender * 64 + receiver) as u64;
            let args: Vec<u64> = (0..p.ipc.arg_words() as u64).map(|i| (tag << 8 | i).wrapping_mul(0x9E37_79B9) & mask).collect();
            let result: Vec<u64> = (0..p.ipc.result_words as u64).map(|i| ((tag << 8 | i) ^ 0x5A5A) & mask).collect();
            let caller = word(6000 + sender, 0);
            let message = Message { info: tag, reply_task: Some(caller), kind: 3, args: &args };
            assert!(boxes[sender].1.send(receiver, channel, &message).unwrap_err().is(IpcErrorBits::NO_CAPABILITY));
            control.ipc_grant(sender, receiver, channel, true).unwrap();
            boxes[sender].1.resend(receiver, channel).unwrap();
            let (queue, mailbox) = &mut boxes[receiver];
            assert_eq!(queue.dequeue(0).unwrap(), Some(word(5000 + receiver, 0)));
            {
                let mut msg = mailbox.receive().expect("message");
                assert_eq!((msg.sender(), msg.channel(), msg.info()), (sender, channel, tag));
                for (i, &a) in args.iter().enumerate() {
                    assert_eq!(msg.arg(i).unwrap(), a, "{} -> {} argument {}", sender, receiver, i);
                }
                msg.reply(&result).unwrap();
            }
            let (queue, mailbox) = &mut boxes[sender];
            assert_eq!(queue.dequeue(0).unwrap(), Some(caller));
            assert_eq!(mailbox.pop_reply(), Some(caller));
            let mut back = vec![0; p.ipc.result_words];
            mailbox.read_reply(&mut back).unwrap();
            assert_eq!(back, result, "{} -> {}", sender, receiver);
            control.ipc_grant(sender, receiver, channel, false).unwrap();
        }
    }
    // A channel without handler.
    if channel > 0 {
        control.ipc_grant(0, 0, 0, true).unwrap();
        let e = boxes[0].1.send(0, 0, &Message { info: 0, reply_task: None, kind: 0, args: &[] }).unwrap_err();
        assert!(e.is(IpcErrorBits::NO_HANDLER));
    }
}
