//! The driver's IPC mailbox API against the generated RTL (rtl-out/TaskIntc.v under Verilator):
//! round trips, the handler and the caller made ready by the hardware, every refusal, the
//! system-call path, and the bus cycles of a round trip.
use taskintc_driver::{
    ArgumentError, ContextOwner, ControlOwner, Envelope, IpcError, IpcErrorBits, IpcStatus, Mailbox, Message, TaskIntc, TaskWord,
};
use taskintc_sim::Sim;

fn word(n: usize, priority: u8) -> TaskWord {
    TaskWord::new(0x20_0000 + 64 * n, priority, false).unwrap()
}

struct Setup {
    sim: Sim,
    intc: TaskIntc<Sim>,
    control: ControlOwner<Sim>,
}

fn setup() -> Setup {
    let sim = Sim::new();
    let mut intc = TaskIntc::probe(sim.clone()).expect("probe");
    assert_eq!(intc.params().ipc, Sim::ipc_layout(), "regs.rs and the simulated top agree on the IPC sizes");
    let control = intc.control_owner().unwrap();
    Setup { sim, intc, control }
}

impl Setup {
    fn context(&mut self, c: usize) -> (ContextOwner<Sim>, Mailbox<Sim>) {
        (self.intc.context_owner(c).unwrap().unwrap(), self.intc.mailbox(c).unwrap().unwrap())
    }
}

fn args(seed: u64, n: usize) -> Vec<u64> {
    (0..n as u64).map(|i| seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(i as u32 * 7) ^ i).collect()
}

const SENDER: usize = 1;
const RECEIVER: usize = 2;
const CHANNEL: usize = 1;

#[test]
fn a_round_trip_carries_payload_and_result_and_wakes_handler_and_caller() {
    let mut s = setup();
    let layout = s.intc.params().ipc;
    let (sender_queue, mut sender) = s.context(SENDER);
    let (receiver_queue, mut receiver) = s.context(RECEIVER);
    let control = s.intc.control();
    let handler = word(1, 2);
    let caller = word(2, 3);
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    receiver.set_handler(CHANNEL, Some(handler)).unwrap();
    assert_eq!(receiver.ipc().handler(CHANNEL).unwrap(), Some(handler));

    let payload = args(7, layout.arg_words());
    sender.send(RECEIVER, CHANNEL, &Message { info: 0x1234_5678_9abc_def0, reply_task: Some(caller), kind: 42, args: &payload }).unwrap();
    assert_eq!(receiver.status(), IpcStatus { inbox: 1, inbox_current: false, replies: 0, reply_current: false });

    // The handler is ready in the receiver's context, and only there.
    assert_eq!(receiver_queue.dequeue(0).unwrap(), Some(handler));
    for c in 0..s.intc.params().contexts {
        assert_eq!(control.context_count(c).unwrap(), 0, "context {}", c);
    }
    {
        let mut msg = receiver.receive().expect("a message");
        assert_eq!(msg.envelope(), Envelope { sender: SENDER, channel: CHANNEL });
        assert_eq!(msg.info(), 0x1234_5678_9abc_def0);
        assert_eq!(msg.reply_task(), Some(caller));
        assert_eq!(msg.kind(), 42);
        for (i, &a) in payload.iter().enumerate() {
            assert_eq!(msg.arg(i).unwrap(), a, "argument {}", i);
        }
        assert!(msg.arg(layout.arg_words()).is_err());
        let result = args(9, layout.result_words);
        // The caller is not ready before the reply.
        assert_eq!(sender_queue.count(), 0);
        msg.reply(&result).unwrap();
    }
    assert_eq!(receiver.status(), IpcStatus { inbox: 0, inbox_current: false, replies: 0, reply_current: false });
    // The reply made the caller's task ready in the sender's context.
    assert_eq!(sender_queue.dequeue(1).unwrap(), Some(caller));
    assert_eq!(receiver_queue.count(), 0);
    assert_eq!(sender.status().replies, 1);
    assert_eq!(sender.pop_reply(), Some(caller));
    let mut result = vec![0; layout.result_words];
    sender.read_reply(&mut result).unwrap();
    assert_eq!(result, args(9, layout.result_words));
    assert_eq!(sender.status(), IpcStatus { inbox: 0, inbox_current: false, replies: 1, reply_current: true });
    // The next pop finishes it: the box is empty again.
    assert_eq!(sender.pop_reply(), None);
    assert_eq!(sender.status().replies, 0);
    assert_eq!(sender.reply_word(0).unwrap(), 0, "no current reply reads 0");
}

#[test]
fn a_one_way_message_wakes_only_the_receiver() {
    let mut s = setup();
    let (sender_queue, mut sender) = s.context(SENDER);
    let (receiver_queue, mut receiver) = s.context(RECEIVER);
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    receiver.set_handler(CHANNEL, Some(word(1, 0))).unwrap();
    sender.send(RECEIVER, CHANNEL, &Message { info: 0, reply_task: None, kind: 5, args: &[77] }).unwrap();
    assert_eq!(receiver_queue.dequeue(0).unwrap(), Some(word(1, 0)));
    let mut msg = receiver.receive().unwrap();
    assert_eq!((msg.reply_task(), msg.kind(), msg.arg(0).unwrap()), (None, 5, 77));
    msg.reply(&[1]).unwrap();
    s.sim.step(5);
    assert_eq!(sender_queue.count(), 0);
    assert_eq!(sender.status().replies, 0);
    assert_eq!(sender.pop_reply(), None);
}

#[test]
fn no_capability_until_granted_and_again_after_revoking() {
    let mut s = setup();
    let (_, mut sender) = s.context(SENDER);
    let (receiver_queue, mut receiver) = s.context(RECEIVER);
    receiver.set_handler(CHANNEL, Some(word(1, 0))).unwrap();
    let message = Message { info: 1, reply_task: None, kind: 2, args: &[3, 4] };
    let e = sender.send(RECEIVER, CHANNEL, &message).unwrap_err();
    assert_eq!(e, IpcError::Refused(IpcErrorBits::NO_CAPABILITY));
    assert_eq!(receiver.status().inbox, 0, "a refused send changes nothing");
    assert_eq!(receiver_queue.count(), 0);
    // A grant on another channel or for another sender does not help.
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL + 1, true).unwrap();
    s.control.ipc_grant(SENDER + 2, RECEIVER, CHANNEL, true).unwrap();
    assert!(sender.resend(RECEIVER, CHANNEL).unwrap_err().is(IpcErrorBits::NO_CAPABILITY));
    // The message stayed staged: granting and resending without staging delivers it.
    assert_eq!((sender.staged_word(0).unwrap(), sender.staged_word(3).unwrap()), (1, 3));
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    sender.resend(RECEIVER, CHANNEL).unwrap();
    assert_eq!(receiver_queue.dequeue(0).unwrap(), Some(word(1, 0)));
    let msg = receiver.receive().unwrap();
    assert_eq!((msg.kind(), msg.arg(1).unwrap()), (2, 4));
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, false).unwrap();
    assert!(sender.send(RECEIVER, CHANNEL, &message).unwrap_err().is(IpcErrorBits::NO_CAPABILITY));
}

#[test]
fn no_handler_refuses_and_keeps_the_message_staged() {
    let mut s = setup();
    let (_, mut sender) = s.context(SENDER);
    let (receiver_queue, mut receiver) = s.context(RECEIVER);
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    let e = sender.send(RECEIVER, CHANNEL, &Message { info: 0, reply_task: None, kind: 11, args: &[] }).unwrap_err();
    assert_eq!(e, IpcError::Refused(IpcErrorBits::NO_HANDLER));
    // A handler on another channel does not receive it.
    receiver.set_handler(CHANNEL + 1, Some(word(2, 0))).unwrap();
    assert!(sender.resend(RECEIVER, CHANNEL).unwrap_err().is(IpcErrorBits::NO_HANDLER));
    receiver.set_handler(CHANNEL, Some(word(1, 0))).unwrap();
    sender.resend(RECEIVER, CHANNEL).unwrap();
    assert_eq!(receiver_queue.dequeue(0).unwrap(), Some(word(1, 0)));
    assert_eq!(receiver.receive().unwrap().kind(), 11);
    // Unregistering refuses again.
    receiver.set_handler(CHANNEL, None).unwrap();
    assert_eq!(receiver.ipc().handler(CHANNEL).unwrap(), None);
    assert!(sender.resend(RECEIVER, CHANNEL).unwrap_err().is(IpcErrorBits::NO_HANDLER));
}

#[test]
fn a_full_inbox_refuses_then_the_staged_message_is_resent() {
    let mut s = setup();
    let depth = s.intc.params().ipc.mailbox_depth;
    let (_, mut sender) = s.context(SENDER);
    let (receiver_queue, mut receiver) = s.context(RECEIVER);
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    receiver.set_handler(CHANNEL, Some(word(1, 0))).unwrap();
    for n in 0..depth {
        sender.send(RECEIVER, CHANNEL, &Message { info: 0, reply_task: None, kind: n as u64, args: &[] }).unwrap();
    }
    assert_eq!(receiver.status().inbox, depth);
    let e = sender.send(RECEIVER, CHANNEL, &Message { info: 0, reply_task: None, kind: 100, args: &[200] }).unwrap_err();
    assert_eq!(e, IpcError::Refused(IpcErrorBits::MAILBOX_FULL));
    assert!(IpcErrorBits::MAILBOX_FULL.is_transient() && !IpcErrorBits::NO_HANDLER.is_transient());
    assert_eq!(receiver_queue.count(), depth, "one handler copy per accepted message");
    // Receiving makes the oldest current; it still holds its slot until replied or finished.
    assert_eq!(receiver.receive().unwrap().kind(), 0);
    assert!(sender.resend(RECEIVER, CHANNEL).unwrap_err().is(IpcErrorBits::MAILBOX_FULL));
    receiver.reply(&[]).unwrap();
    assert_eq!(receiver.status().inbox, depth - 1);
    sender.resend(RECEIVER, CHANNEL).unwrap();
    // Messages arrive in order, the resent one last and intact.
    for n in 1..depth {
        assert_eq!(receiver.receive().unwrap().kind(), n as u64);
    }
    let msg = receiver.receive().unwrap();
    assert_eq!((msg.kind(), msg.arg(0).unwrap()), (100, 200));
    assert!(receiver.receive().is_none());
    assert_eq!(receiver_queue.count(), depth + 1);
}

#[test]
fn a_full_reply_box_refuses_the_reply_until_the_sender_pops() {
    let mut s = setup();
    let depth = s.intc.params().ipc.mailbox_depth;
    let (sender_queue, mut sender) = s.context(SENDER);
    let (_, mut receiver) = s.context(RECEIVER);
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    receiver.set_handler(CHANNEL, Some(word(1, 0))).unwrap();
    for n in 0..=depth {
        sender.send(RECEIVER, CHANNEL, &Message { info: 0, reply_task: Some(word(10 + n, 1)), kind: n as u64, args: &[] }).unwrap();
        let mut msg = receiver.receive().unwrap();
        assert_eq!(msg.kind(), n as u64);
        if n < depth {
            msg.reply(&[n as u64 * 10]).unwrap();
        } else {
            assert_eq!(msg.reply(&[n as u64 * 10]).unwrap_err(), IpcError::Refused(IpcErrorBits::MAILBOX_FULL));
        }
    }
    // The refused reply changed nothing: the message is still current, its caller not ready.
    assert!(receiver.status().inbox_current);
    assert_eq!(sender_queue.count(), depth);
    assert_eq!(sender.status().replies, depth);
    // The first pop makes the oldest reply current (it keeps its slot), the second finishes it.
    assert_eq!(sender.pop_reply(), Some(word(10, 1)));
    assert_eq!(sender.reply_word(0).unwrap(), 0);
    assert!(receiver.resend_reply().unwrap_err().is(IpcErrorBits::MAILBOX_FULL));
    assert_eq!(sender.pop_reply(), Some(word(11, 1)));
    assert_eq!(sender.reply_word(0).unwrap(), 10);
    receiver.resend_reply().unwrap();
    assert_eq!(sender_queue.count(), depth + 1);
    for n in 2..=depth {
        assert_eq!(sender.pop_reply(), Some(word(10 + n, 1)));
        assert_eq!(sender.reply_word(0).unwrap(), n as u64 * 10, "reply {}", n);
    }
    assert_eq!(sender.pop_reply(), None);
}

#[test]
fn bad_targets_are_refused_by_the_driver_and_by_the_controller() {
    let mut s = setup();
    let p = *s.intc.params();
    let (_, mut sender) = s.context(SENDER);
    let message = Message { info: 0, reply_task: None, kind: 0, args: &[] };
    // The driver refuses before any access, naming the parameter.
    let e = sender.send(p.contexts, 0, &message).unwrap_err();
    assert_eq!(e, IpcError::Argument(ArgumentError { what: "receiver context", value: p.contexts as u64, limit: p.contexts as u64 }));
    assert!(matches!(sender.send(0, p.ipc.channels, &message), Err(IpcError::Argument(ArgumentError { what: "channel", .. }))));
    assert!(matches!(s.control.ipc_grant(0, 0, p.ipc.channels, true), Err(IpcError::Argument(_))));
    let too_many = vec![0; p.ipc.arg_words() + 1];
    assert!(matches!(sender.stage(&Message { args: &too_many, ..message }), Err(ArgumentError { .. })));
    assert!(matches!(sender.reply(&vec![0; p.ipc.result_words + 1]), Err(IpcError::Argument(_))));
    assert!(sender.check().is_ok(), "nothing was written");
    // The controller refuses out-of-range fields written directly.
    let send = (p.context_page(SENDER) as u64) + taskintc_driver::regs::context::IPC_SEND;
    s.sim.write_raw(send, 200); // receiver 200, channel 0
    assert_eq!(sender.check().unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TARGET));
    s.sim.write_raw(send, (p.ipc.channels as u64) << 8); // the system-call channel through ipc_send
    assert_eq!(sender.check().unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TARGET));
    s.sim.write_raw(taskintc_driver::regs::control::IPC_GRANT, 1 << 31 | 99 << 8);
    assert_eq!(s.control.check_ipc().unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TARGET));
    assert!(s.control.check_ipc().is_ok(), "read-clear");
}

#[test]
fn bad_task_words_no_message_and_busy() {
    let mut s = setup();
    let p = *s.intc.params();
    let (_, mut sender) = s.context(SENDER);
    let (receiver_queue, mut receiver) = s.context(RECEIVER);
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    s.control.ipc_grant(SENDER, RECEIVER + 1, CHANNEL, true).unwrap();
    // The driver refuses a priority beyond the levels; written directly, the controller does.
    let bad = TaskWord::new(0x4000, p.priorities as u8, false).unwrap();
    assert!(matches!(receiver.set_handler(CHANNEL, Some(bad)), Err(IpcError::Argument(_))));
    receiver.ipc().post_handler(CHANNEL, Some(bad)).unwrap();
    assert_eq!(receiver.check().unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TASK));
    assert_eq!(receiver.ipc().handler(CHANNEL).unwrap(), None);
    receiver.set_handler(CHANNEL, Some(word(1, 0))).unwrap();
    sender.stage(&Message { info: 0, reply_task: None, kind: 0, args: &[] }).unwrap();
    s.sim.write_raw((p.context_page(SENDER) as u64) + taskintc_driver::regs::context::ipc_message(1), bad.raw());
    assert_eq!(sender.resend(RECEIVER, CHANNEL).unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TASK));
    // A reply with nothing received.
    assert_eq!(receiver.reply(&[1]).unwrap_err(), IpcError::Refused(IpcErrorBits::NO_MESSAGE));

    // BUSY: the pool is full, so deliveries wait; once the delivery queue is full too, sends are
    // refused even to a receiver with room in its inbox.
    let (filler, _) = s.context(7);
    let filler_queue = filler.queue();
    for n in 0..p.capacity {
        filler_queue.post_enqueue(word(100 + n, 0));
    }
    assert_eq!(s.intc.control().pool_free(), 0);
    let (third_queue, mut third) = s.context(RECEIVER + 1);
    third.set_handler(CHANNEL, Some(word(2, 0))).unwrap();
    let mut sent = 0;
    let busy = loop {
        match sender.send(RECEIVER, CHANNEL, &Message { info: 0, reply_task: None, kind: sent, args: &[] }) {
            Ok(()) => sent += 1,
            Err(e) => break e,
        }
        assert!(sent <= p.ipc.mailbox_depth as u64, "sends keep being accepted with a full pool");
    };
    if busy.is(IpcErrorBits::MAILBOX_FULL) {
        // The inbox (depth) filled before the delivery queue: send elsewhere to fill the latter.
        let e = loop {
            match sender.send(RECEIVER + 1, CHANNEL, &Message { info: 0, reply_task: None, kind: 1000 + sent, args: &[] }) {
                Ok(()) => sent += 1,
                Err(e) => break e,
            }
            assert!(sent <= 2 * p.ipc.mailbox_depth as u64);
        };
        assert_eq!(e, IpcError::Refused(IpcErrorBits::BUSY));
    } else {
        assert_eq!(busy, IpcError::Refused(IpcErrorBits::BUSY));
    }
    println!("BUSY after {} sends with a full pool", sent);
    assert_eq!(receiver_queue.count() + third_queue.count(), 0, "no delivery without a pool entry");
    // Freeing entries lets the waiting deliveries through, then the staged message goes out.
    for _ in 0..sent + 1 {
        assert!(filler_queue.dequeue(0).unwrap().is_some());
    }
    s.sim.step(20);
    assert_eq!(receiver_queue.count() + third_queue.count(), sent as usize);
    sender.resend(RECEIVER + 1, CHANNEL).unwrap();
}

#[test]
fn a_system_call_reaches_the_kernel_context_without_a_grant() {
    let mut s = setup();
    let k = s.intc.params().ipc.syscall_channel();
    let kernel = 3;
    let user = 5;
    let (user_queue, mut user_box) = s.context(user);
    let (kernel_queue, mut kernel_box) = s.context(kernel);
    let message = Message { info: 0xfeed, reply_task: Some(word(9, 1)), kind: 64, args: &[1, 2, 3] };
    // Reset: context 0 is the kernel context, with no handler yet.
    assert!(user_box.syscall(&message).unwrap_err().is(IpcErrorBits::NO_HANDLER));
    s.control.set_syscall_context(kernel).unwrap();
    assert!(user_box.resend_syscall().unwrap_err().is(IpcErrorBits::NO_HANDLER));
    kernel_box.set_handler(k, Some(word(8, 0))).unwrap();
    user_box.resend_syscall().unwrap();
    assert_eq!(kernel_queue.dequeue(2).unwrap(), Some(word(8, 0)));
    {
        let mut call = kernel_box.receive().unwrap();
        assert_eq!(call.envelope(), Envelope { sender: user, channel: k });
        assert_eq!((call.info(), call.kind(), call.arg(0).unwrap(), call.arg(2).unwrap()), (0xfeed, 64, 1, 3));
        call.reply(&[6]).unwrap();
    }
    assert_eq!(user_queue.dequeue(0).unwrap(), Some(word(9, 1)));
    assert_eq!(user_box.pop_reply(), Some(word(9, 1)));
    assert_eq!(user_box.reply_word(0).unwrap(), 6);
    // A bad kernel context is refused by the driver.
    assert!(matches!(s.control.set_syscall_context(s.intc.params().contexts), Err(IpcError::Argument(_))));
}

#[test]
fn each_mailbox_is_handed_out_once() {
    let mut s = setup();
    assert!(s.intc.mailbox(4).unwrap().is_some());
    assert!(s.intc.mailbox(4).unwrap().is_none());
    assert!(s.intc.mailbox(s.intc.params().contexts).is_err());
}

/// Bus cycles of a firmware-level round trip as the simulated bus sees it: the caller stages and
/// sends (checked), the receiver's hart dequeues the handler, receives, reads the words, replies
/// (checked), the caller's hart dequeues the woken task, pops the reply and reads the result.
#[test]
fn round_trip_bus_cycles() {
    let mut s = setup();
    let layout = s.intc.params().ipc;
    let (sender_queue, mut sender) = s.context(SENDER);
    let (receiver_queue, mut receiver) = s.context(RECEIVER);
    s.control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).unwrap();
    receiver.set_handler(CHANNEL, Some(word(1, 0))).unwrap();
    let sim = s.sim.clone();
    let mut measure = |arg_words: usize, result_words: usize| {
        let payload = args(3, arg_words);
        let result = args(4, result_words);
        let t0 = sim.cycle();
        sender.send(RECEIVER, CHANNEL, &Message { info: 0, reply_task: Some(word(2, 0)), kind: 1, args: &payload }).unwrap();
        let t1 = sim.cycle();
        assert_eq!(receiver_queue.dequeue(0).unwrap(), Some(word(1, 0)));
        let mut msg = receiver.receive().unwrap();
        let mut got = Vec::new();
        for i in 0..arg_words {
            got.push(msg.arg(i).unwrap());
        }
        assert_eq!(got, payload);
        let t2 = sim.cycle();
        msg.reply(&result).unwrap();
        let t3 = sim.cycle();
        assert_eq!(sender_queue.dequeue(1).unwrap(), Some(word(2, 0)));
        assert_eq!(sender.pop_reply(), Some(word(2, 0)));
        let mut back = vec![0; result_words];
        sender.read_reply(&mut back).unwrap();
        assert_eq!(back, result);
        let t4 = sim.cycle();
        println!(
            "IPC round trip, {} argument words, {} result words: {} cycles (stage + send {}, handler dequeue + receive + read {}, \
             stage result + reply {}, caller dequeue + pop + read {})",
            arg_words,
            result_words,
            t4 - t0,
            t1 - t0,
            t2 - t1,
            t3 - t2,
            t4 - t3
        );
        t4 - t0
    };
    let small = measure(1, 1);
    let full = measure(layout.arg_words(), layout.result_words);
    // Accesses: small = 4 stage + send + error, dequeue + receive + 1 read, 1 result + reply +
    // error, dequeue + pop + 1 read = 15; full = 11 + 2 + 2 + 8 + 5 + 2 + 2 + 5 = 37. At most 3
    // cycles each, plus the copy engine: the error read after a send waits while the message's
    // words are copied (one per cycle), the one after a reply while the result's are.
    let copies = (layout.message_words + layout.result_words) as u64;
    assert!(small <= 15 * 3 + copies, "small round trip took {} cycles", small);
    assert!(full <= 37 * 3 + copies, "full round trip took {} cycles", full);
}
