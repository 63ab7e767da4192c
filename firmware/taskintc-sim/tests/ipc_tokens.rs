//! Replies by token through the driver against the generated RTL: `take` keeps several messages
//! in service, `reply_to` answers them in any order, and stale, foreign and forged tokens are
//! refused (BAD_TOKEN) without changing anything.
use taskintc_driver::{IpcError, IpcErrorBits, IpcStatus, Mailbox, Message, TaskIntc, TaskWord, Token};
use taskintc_sim::Sim;

const SENDER: usize = 1;
const RECEIVER: usize = 2;
const OTHER: usize = 3;
const CHANNEL: usize = 0;

fn word(n: usize, priority: u8) -> TaskWord {
    TaskWord::new(0x30_0000 + 64 * n, priority, false).unwrap()
}

struct Setup {
    intc: TaskIntc<Sim>,
    sender: Mailbox<Sim>,
}

fn setup(receivers: &[usize]) -> Setup {
    let sim = Sim::new();
    let mut intc = TaskIntc::probe(sim).expect("probe");
    let mut control = intc.control_owner().unwrap();
    for &r in receivers {
        control.ipc_grant(SENDER, r, CHANNEL, true).unwrap();
    }
    let sender = intc.mailbox(SENDER).unwrap().unwrap();
    Setup { intc, sender }
}

impl Setup {
    fn receiver(&mut self, c: usize) -> Mailbox<Sim> {
        let mut mailbox = self.intc.mailbox(c).unwrap().unwrap();
        mailbox.set_handler(CHANNEL, Some(word(c, 0))).unwrap();
        mailbox
    }

    /// Sends a call with argument `arg` whose reply wakes `word(10 + arg)`.
    fn call(&mut self, to: usize, arg: u64) {
        let message = Message { info: 0, reply_task: Some(word(10 + arg as usize, 1)), kind: 7, args: &[arg] };
        self.sender.send(to, CHANNEL, &message).unwrap();
    }

    /// Pops every reply: (argument the reply task stands for, result word 0), in arrival order.
    fn replies(&mut self) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        while let Some(task) = self.sender.pop_reply() {
            let n = (task.tcb() as usize - 0x30_0000) / 64 - 10;
            out.push((n as u64, self.sender.reply_word(0).unwrap()));
        }
        out
    }
}

/// Takes the next message: its token and argument 0.
fn take(mailbox: &mut Mailbox<Sim>) -> (Token, u64) {
    let msg = mailbox.take().expect("a waiting message");
    (msg.token(), msg.arg(0).unwrap())
}

#[test]
fn messages_taken_into_service_are_answered_in_any_order() {
    let mut s = setup(&[RECEIVER]);
    let mut receiver = s.receiver(RECEIVER);
    for arg in 0..3 {
        s.call(RECEIVER, arg);
    }
    let taken: Vec<(Token, u64)> = (0..3).map(|_| take(&mut receiver)).collect();
    assert_eq!(taken.iter().map(|t| t.1).collect::<Vec<_>>(), vec![0, 1, 2], "oldest first");
    assert!(taken.iter().all(|(t, _)| t.owner() == RECEIVER));
    assert!(receiver.take().is_none(), "nothing waiting");
    assert_eq!(receiver.status(), IpcStatus { inbox: 3, inbox_current: true, replies: 0, reply_current: false });
    // Answer the middle one, then the first, then the last (the current one).
    for &i in &[1usize, 0, 2] {
        receiver.reply_to(taken[i].0, &[100 + i as u64]).unwrap();
    }
    assert_eq!(receiver.status(), IpcStatus { inbox: 0, inbox_current: false, replies: 0, reply_current: false });
    assert_eq!(s.replies(), vec![(1, 101), (0, 100), (2, 102)]);
}

#[test]
fn stale_foreign_and_forged_tokens_are_refused_and_change_nothing() {
    let mut s = setup(&[RECEIVER, OTHER]);
    let mut receiver = s.receiver(RECEIVER);
    let mut other = s.receiver(OTHER);
    s.call(RECEIVER, 0);
    s.call(OTHER, 1);
    let (mine, _) = take(&mut receiver);
    let (theirs, _) = take(&mut other);
    receiver.reply_to(mine, &[5]).unwrap();
    // Stale: answered already.
    assert_eq!(receiver.reply_to(mine, &[6]).unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TOKEN));
    s.call(RECEIVER, 2);
    let (again, _) = take(&mut receiver);
    assert_eq!(again.slot(), mine.slot(), "the slot is used again");
    assert_eq!(receiver.reply_to(mine, &[6]).unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TOKEN), "stale: the tag moved on");
    // Foreign: another context's message.
    assert_eq!(receiver.reply_to(theirs, &[7]).unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TOKEN));
    // Forged: a slot never taken.
    let forged = Token::from_raw(again.raw() ^ (1 << 16)).unwrap();
    assert_eq!(receiver.reply_to(forged, &[8]).unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TOKEN));
    assert_eq!(receiver.status(), IpcStatus { inbox: 1, inbox_current: true, replies: 0, reply_current: false }, "nothing changed");
    assert_eq!(other.status().inbox, 1);
    receiver.reply_to(again, &[9]).unwrap();
    other.reply_to(theirs, &[10]).unwrap();
    assert_eq!(s.replies(), vec![(0, 5), (2, 9), (1, 10)]);
}

#[test]
fn receive_still_answers_one_message_at_a_time() {
    let mut s = setup(&[RECEIVER]);
    let mut receiver = s.receiver(RECEIVER);
    s.call(RECEIVER, 0);
    s.call(RECEIVER, 1);
    let (first, _) = take(&mut receiver);
    {
        // receive finishes the current message (the first, unanswered) and takes the next.
        let mut msg = receiver.receive().unwrap();
        assert_eq!(msg.arg(0).unwrap(), 1);
        msg.reply(&[11]).unwrap();
    }
    assert_eq!(receiver.reply_to(first, &[10]).unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TOKEN), "finished by receive");
    assert_eq!(receiver.status().inbox, 0);
    assert_eq!(s.replies(), vec![(1, 11)]);
}

#[test]
fn select_makes_an_earlier_message_current_again() {
    let mut s = setup(&[RECEIVER]);
    let mut receiver = s.receiver(RECEIVER);
    s.call(RECEIVER, 4);
    s.call(RECEIVER, 5);
    let (first, _) = take(&mut receiver);
    let (second, _) = take(&mut receiver);
    assert_eq!(receiver.received_word(3).unwrap(), 5, "the second is current");
    receiver.select(first).unwrap();
    assert_eq!(receiver.received_word(3).unwrap(), 4, "the first's words again");
    receiver.reply_to(first, &[1]).unwrap();
    assert_eq!(receiver.received_word(3).unwrap(), 0, "answering the current message leaves none current");
    assert_eq!(receiver.select(first).unwrap_err(), IpcError::Refused(IpcErrorBits::BAD_TOKEN), "answered");
    receiver.select(second).unwrap();
    assert_eq!(receiver.received_word(3).unwrap(), 5);
    receiver.reply_to(second, &[2]).unwrap();
    assert_eq!(s.replies(), vec![(4, 1), (5, 2)]);
}
