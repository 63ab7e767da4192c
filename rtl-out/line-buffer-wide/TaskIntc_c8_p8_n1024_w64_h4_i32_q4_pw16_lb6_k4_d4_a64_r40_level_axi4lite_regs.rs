//! TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite register map. Generated from the register-map declaration; do not edit.
#![allow(dead_code)]

/// Top module these constants describe.
pub const TOP: &str = "TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite";
pub const MAGIC: u64 = 0x544943;
pub const LAYOUT_VERSION: u64 = 0x4;
pub const PAGE_SIZE: u64 = 0x1000;
pub const CONTEXTS: u64 = 0x8;
pub const PRIORITIES: u64 = 0x8;
pub const CAPACITY: u64 = 0x400;
pub const HARTS: u64 = 0x4;
pub const TASK_WIDTH: u64 = 0x40;
pub const SOURCES: u64 = 0x20;
pub const NIC_QUEUES: u64 = 0x4;
pub const ERR_POOL_FULL: u64 = 0x1;
pub const ERR_BAD_PRIORITY: u64 = 0x2;
pub const ERR_NULL_TASK: u64 = 0x4;
pub const ERR_NOT_FOUND: u64 = 0x8;
pub const ERR_BAD_ACCESS: u64 = 0x10;
pub const ERR_NOT_GRANTED: u64 = 0x20;
pub const IPC_CHANNELS: u64 = 0x4;
pub const IPC_SYSCALL_CHANNEL: u64 = 0x4;
pub const MAILBOX_DEPTH: u64 = 0x4;
pub const IPC_MESSAGE_WORDS: u64 = 0xB;
pub const IPC_RESULT_WORDS: u64 = 0x5;
pub const IPC_ERR_NO_CAPABILITY: u64 = 0x1;
pub const IPC_ERR_MAILBOX_FULL: u64 = 0x2;
pub const IPC_ERR_NO_HANDLER: u64 = 0x4;
pub const IPC_ERR_BAD_TARGET: u64 = 0x8;
pub const IPC_ERR_NO_MESSAGE: u64 = 0x10;
pub const IPC_ERR_BAD_TASK: u64 = 0x20;
pub const IPC_ERR_BUSY: u64 = 0x40;
pub const IPC_ERR_BAD_TOKEN: u64 = 0x80;
pub const CONTROL_PAGE: u64 = 0x0;
/// Byte offset of context `c`'s page from the controller's base.
pub const fn context_page(c: u64) -> u64 { 0x1000 + 0x1000 * c }

/// Registers of the control page (byte offsets within the page).
pub mod control {
    /// Block identification; read it to find the controller and its register layout version. (ro)
    pub const ID: u64 = 0x0;
    pub const ID_VERSION_LSB: u32 = 0;
    pub const ID_VERSION_WIDTH: u32 = 8;
    pub const ID_VERSION_MASK: u64 = 0xFF;
    pub const ID_MAGIC_LSB: u32 = 8;
    pub const ID_MAGIC_WIDTH: u32 = 24;
    pub const ID_MAGIC_MASK: u64 = 0xFFFFFF00;
    /// Generator parameters of this instance, so one driver serves every configuration. (ro)
    pub const PARAMS: u64 = 0x8;
    pub const PARAMS_CONTEXTS_LSB: u32 = 0;
    pub const PARAMS_CONTEXTS_WIDTH: u32 = 9;
    pub const PARAMS_CONTEXTS_MASK: u64 = 0x1FF;
    pub const PARAMS_PRIORITIES_LSB: u32 = 9;
    pub const PARAMS_PRIORITIES_WIDTH: u32 = 6;
    pub const PARAMS_PRIORITIES_MASK: u64 = 0x7E00;
    pub const PARAMS_LOG2_CAPACITY_LSB: u32 = 15;
    pub const PARAMS_LOG2_CAPACITY_WIDTH: u32 = 5;
    pub const PARAMS_LOG2_CAPACITY_MASK: u64 = 0xF8000;
    pub const PARAMS_HARTS_LSB: u32 = 20;
    pub const PARAMS_HARTS_WIDTH: u32 = 7;
    pub const PARAMS_HARTS_MASK: u64 = 0x7F00000;
    pub const PARAMS_TASK_WIDTH_64_LSB: u32 = 27;
    pub const PARAMS_TASK_WIDTH_64_WIDTH: u32 = 1;
    pub const PARAMS_TASK_WIDTH_64_MASK: u64 = 0x8000000;
    pub const PARAMS_LOG2_REGION_LSB: u32 = 28;
    pub const PARAMS_LOG2_REGION_WIDTH: u32 = 4;
    pub const PARAMS_LOG2_REGION_MASK: u64 = 0xF0000000;
    /// Free entries in the task pool shared by ready and waiting tasks of all contexts. (ro)
    pub const POOL_FREE: u64 = 0x10;
    pub const POOL_FREE_FREE_LSB: u32 = 0;
    pub const POOL_FREE_FREE_WIDTH: u32 = 11;
    pub const POOL_FREE_FREE_MASK: u64 = 0x7FF;
    /// Errors of accesses to the control region or to unmapped regions (BAD_ACCESS for a refused access or an out-of-range configuration write); sticky, a read returns and clears them. (rc)
    pub const ERROR: u64 = 0x18;
    pub const ERROR_POOL_FULL_LSB: u32 = 0;
    pub const ERROR_POOL_FULL_WIDTH: u32 = 1;
    pub const ERROR_POOL_FULL_MASK: u64 = 0x1;
    pub const ERROR_BAD_PRIORITY_LSB: u32 = 1;
    pub const ERROR_BAD_PRIORITY_WIDTH: u32 = 1;
    pub const ERROR_BAD_PRIORITY_MASK: u64 = 0x2;
    pub const ERROR_NULL_TASK_LSB: u32 = 2;
    pub const ERROR_NULL_TASK_WIDTH: u32 = 1;
    pub const ERROR_NULL_TASK_MASK: u64 = 0x4;
    pub const ERROR_NOT_FOUND_LSB: u32 = 3;
    pub const ERROR_NOT_FOUND_WIDTH: u32 = 1;
    pub const ERROR_NOT_FOUND_MASK: u64 = 0x8;
    pub const ERROR_BAD_ACCESS_LSB: u32 = 4;
    pub const ERROR_BAD_ACCESS_WIDTH: u32 = 1;
    pub const ERROR_BAD_ACCESS_MASK: u64 = 0x10;
    pub const ERROR_NOT_GRANTED_LSB: u32 = 5;
    pub const ERROR_NOT_GRANTED_WIDTH: u32 = 1;
    pub const ERROR_NOT_GRANTED_MASK: u64 = 0x20;
    /// Allow (or forbid) a context to wait on a source. Until granted, a wait or cancel_wait sets NOT_GRANTED and changes nothing. Revoking refuses later waits and cancel_waits only: the context's waiters already queued on the source stay and are woken by its events (cancel them first to take them off). (wo)
    pub const GRANT: u64 = 0x20;
    pub const GRANT_SOURCE_LSB: u32 = 0;
    pub const GRANT_SOURCE_WIDTH: u32 = 10;
    pub const GRANT_SOURCE_MASK: u64 = 0x3FF;
    pub const GRANT_CONTEXT_LSB: u32 = 16;
    pub const GRANT_CONTEXT_WIDTH: u32 = 8;
    pub const GRANT_CONTEXT_MASK: u64 = 0xFF0000;
    pub const GRANT_ALLOW_LSB: u32 = 31;
    pub const GRANT_ALLOW_WIDTH: u32 = 1;
    pub const GRANT_ALLOW_MASK: u64 = 0x80000000;
    /// Configure a source. Clearing persistent drops its handler. The write clears the source's lost flag; its pending count and waiters stay. (wo)
    pub const SOURCE_CONFIG: u64 = 0x28;
    pub const SOURCE_CONFIG_SOURCE_LSB: u32 = 0;
    pub const SOURCE_CONFIG_SOURCE_WIDTH: u32 = 10;
    pub const SOURCE_CONFIG_SOURCE_MASK: u64 = 0x3FF;
    pub const SOURCE_CONFIG_EDGE_LSB: u32 = 16;
    pub const SOURCE_CONFIG_EDGE_WIDTH: u32 = 1;
    pub const SOURCE_CONFIG_EDGE_MASK: u64 = 0x10000;
    pub const SOURCE_CONFIG_WAKE_ALL_LSB: u32 = 17;
    pub const SOURCE_CONFIG_WAKE_ALL_WIDTH: u32 = 1;
    pub const SOURCE_CONFIG_WAKE_ALL_MASK: u64 = 0x20000;
    pub const SOURCE_CONFIG_PERSISTENT_LSB: u32 = 18;
    pub const SOURCE_CONFIG_PERSISTENT_WIDTH: u32 = 1;
    pub const SOURCE_CONFIG_PERSISTENT_MASK: u64 = 0x40000;
    pub const SOURCE_CONFIG_MASKED_LSB: u32 = 19;
    pub const SOURCE_CONFIG_MASKED_WIDTH: u32 = 1;
    pub const SOURCE_CONFIG_MASKED_MASK: u64 = 0x80000;
    /// Interrupt coalescing of a NIC source: one event after K NIC events or T cycles after the first, whichever comes first. K <= 1 (K = 0 behaves as 1) and T = 0 turn it off. The NIC's acknowledge (nic_rx_ack / nic_tx_ack bit q) pulses for one cycle the cycle after a batch completes, and its mask output follows the source's masked bit one cycle after the source_config write. Edges arriving while the source is masked still count towards the current batch; a batch that completes while masked is dropped (its acknowledge still pulses). Neither this write nor masking resets a partial batch: a new K at or below its count, or a new T at or below its age, completes it in the next cycle. A source outside the NIC's sets BAD_ACCESS. (wo)
    pub const NIC_COALESCE: u64 = 0x30;
    pub const NIC_COALESCE_SOURCE_LSB: u32 = 0;
    pub const NIC_COALESCE_SOURCE_WIDTH: u32 = 10;
    pub const NIC_COALESCE_SOURCE_MASK: u64 = 0x3FF;
    pub const NIC_COALESCE_COUNT_LSB: u32 = 10;
    pub const NIC_COALESCE_COUNT_WIDTH: u32 = 6;
    pub const NIC_COALESCE_COUNT_MASK: u64 = 0xFC00;
    pub const NIC_COALESCE_TIME_LSB: u32 = 16;
    pub const NIC_COALESCE_TIME_WIDTH: u32 = 16;
    pub const NIC_COALESCE_TIME_MASK: u64 = 0xFFFF0000;
    /// Simulated event on a source, for tests and bring-up (privileged only): counted like an event on the source's line, so a masked source ignores it. With a task waiting and nothing else competing, its wakeup executes 5 cycles after the write is accepted (the count rises 2 cycles after, and the source is not picked while the write is still in the core); a dequeue accepted then returns the task. (wo)
    pub const INJECT: u64 = 0x38;
    pub const INJECT_SOURCE_LSB: u32 = 0;
    pub const INJECT_SOURCE_WIDTH: u32 = 10;
    pub const INJECT_SOURCE_MASK: u64 = 0x3FF;
    /// Kernel notification: a read returns the lowest context that had a task woken while no hart ran it, and clears it. The notify hart's supervisor software interrupt is high while any is pending. (ro)
    pub const NOTIFY: u64 = 0x40;
    pub const NOTIFY_CONTEXT_LSB: u32 = 0;
    pub const NOTIFY_CONTEXT_WIDTH: u32 = 8;
    pub const NOTIFY_CONTEXT_MASK: u64 = 0xFF;
    pub const NOTIFY_VALID_LSB: u32 = 31;
    pub const NOTIFY_VALID_WIDTH: u32 = 1;
    pub const NOTIFY_VALID_MASK: u64 = 0x80000000;
    /// Hart whose supervisor software interrupt carries kernel notifications (reset 0). (wo)
    pub const NOTIFY_HART: u64 = 0x48;
    pub const NOTIFY_HART_HART_LSB: u32 = 0;
    pub const NOTIFY_HART_HART_WIDTH: u32 = 5;
    pub const NOTIFY_HART_HART_MASK: u64 = 0x1F;
    /// Harts with a user software (preemption) interrupt pending; hart h's clears when it dequeues. A task with its preempt bit set made ready by a wakeup, a handler copy, a wait served from a pending event or an IPC delivery (not by enqueue) sets the bit of the hart, among those running its context (hart_context), whose current task has the lowest priority below the task's (an idle hart counts as lowest; the lowest-numbered hart among equals); none when each runs a task of equal or higher priority. Made ready that way in a context no hart runs, a task (preempt bit or not) notifies the kernel instead (notify). The usip and ssip outputs change 2 cycles after the operation that sets or clears them executes (the core's S1, the cycle after it is accepted); a notify_hart write moves ssip 1 cycle after it executes. (ro)
    pub const USIP: u64 = 0x50;
    pub const USIP_HARTS_LSB: u32 = 0;
    pub const USIP_HARTS_WIDTH: u32 = 4;
    pub const USIP_HARTS_MASK: u64 = 0xF;
    /// Grant (or revoke) the capability for a sender context to send to a receiver context on a channel. Out-of-range fields (channel 4, for system calls, included) set BAD_TARGET in ipc_error and change nothing. Revoking refuses later sends only: messages already in the receiver's inbox stay, and can be received and answered. Right behind it, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. (wo)
    pub const IPC_GRANT: u64 = 0x58;
    pub const IPC_GRANT_SENDER_LSB: u32 = 0;
    pub const IPC_GRANT_SENDER_WIDTH: u32 = 8;
    pub const IPC_GRANT_SENDER_MASK: u64 = 0xFF;
    pub const IPC_GRANT_RECEIVER_LSB: u32 = 8;
    pub const IPC_GRANT_RECEIVER_WIDTH: u32 = 8;
    pub const IPC_GRANT_RECEIVER_MASK: u64 = 0xFF00;
    pub const IPC_GRANT_CHANNEL_LSB: u32 = 16;
    pub const IPC_GRANT_CHANNEL_WIDTH: u32 = 4;
    pub const IPC_GRANT_CHANNEL_MASK: u64 = 0xF0000;
    pub const IPC_GRANT_ALLOW_LSB: u32 = 31;
    pub const IPC_GRANT_ALLOW_WIDTH: u32 = 1;
    pub const IPC_GRANT_ALLOW_MASK: u64 = 0x80000000;
    /// The kernel context: receiver of every context's system calls (ipc_syscall), on channel 4. Reset 0. An out-of-range context sets BAD_TARGET in ipc_error and keeps the previous one. Right behind it, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. (wo)
    pub const IPC_SYSCALL_CONTEXT: u64 = 0x60;
    pub const IPC_SYSCALL_CONTEXT_CONTEXT_LSB: u32 = 0;
    pub const IPC_SYSCALL_CONTEXT_CONTEXT_WIDTH: u32 = 8;
    pub const IPC_SYSCALL_CONTEXT_CONTEXT_MASK: u64 = 0xFF;
    /// IPC errors of control-region writes; sticky, a read returns and clears them. (rc)
    pub const IPC_ERROR: u64 = 0x68;
    pub const IPC_ERROR_NO_CAPABILITY_LSB: u32 = 0;
    pub const IPC_ERROR_NO_CAPABILITY_WIDTH: u32 = 1;
    pub const IPC_ERROR_NO_CAPABILITY_MASK: u64 = 0x1;
    pub const IPC_ERROR_MAILBOX_FULL_LSB: u32 = 1;
    pub const IPC_ERROR_MAILBOX_FULL_WIDTH: u32 = 1;
    pub const IPC_ERROR_MAILBOX_FULL_MASK: u64 = 0x2;
    pub const IPC_ERROR_NO_HANDLER_LSB: u32 = 2;
    pub const IPC_ERROR_NO_HANDLER_WIDTH: u32 = 1;
    pub const IPC_ERROR_NO_HANDLER_MASK: u64 = 0x4;
    pub const IPC_ERROR_BAD_TARGET_LSB: u32 = 3;
    pub const IPC_ERROR_BAD_TARGET_WIDTH: u32 = 1;
    pub const IPC_ERROR_BAD_TARGET_MASK: u64 = 0x8;
    pub const IPC_ERROR_NO_MESSAGE_LSB: u32 = 4;
    pub const IPC_ERROR_NO_MESSAGE_WIDTH: u32 = 1;
    pub const IPC_ERROR_NO_MESSAGE_MASK: u64 = 0x10;
    pub const IPC_ERROR_BAD_TASK_LSB: u32 = 5;
    pub const IPC_ERROR_BAD_TASK_WIDTH: u32 = 1;
    pub const IPC_ERROR_BAD_TASK_MASK: u64 = 0x20;
    pub const IPC_ERROR_BUSY_LSB: u32 = 6;
    pub const IPC_ERROR_BUSY_WIDTH: u32 = 1;
    pub const IPC_ERROR_BUSY_MASK: u64 = 0x40;
    pub const IPC_ERROR_BAD_TOKEN_LSB: u32 = 7;
    pub const IPC_ERROR_BAD_TOKEN_WIDTH: u32 = 1;
    pub const IPC_ERROR_BAD_TOKEN_MASK: u64 = 0x80;
    /// Give a context a clean mailbox before it serves a new process: its staged message and result words read 0 again until written, its channel handlers are unregistered, its inbox and reply box are emptied (messages in them are dropped unanswered), its ipc_error clears, and messages it sent that still wait in other inboxes lose their reply address (a reply to them only finishes them). The inbox, reply box and ipc_error are cleared in the cycle the scrub executes; then a sweep, one step per cycle, clears one inbox slot's reply address (of every context's slots) and one of the context's staged words and handlers per step, while IPC accesses wait: the next IPC access is accepted 35 cycles (the larger of contexts x mailbox depth and the context's rows: its message words, result words and channels + 1; then + 3) after the scrub is accepted. Ready queues, waiters, grants and deliveries already queued are not touched (first cancel the context's waiters while its grants stand, then revoke them and drain its ready queues). An out-of-range context sets BAD_TARGET in this page's ipc_error and changes nothing. (wo)
    pub const IPC_SCRUB: u64 = 0x70;
    pub const IPC_SCRUB_CONTEXT_LSB: u32 = 0;
    pub const IPC_SCRUB_CONTEXT_WIDTH: u32 = 8;
    pub const IPC_SCRUB_CONTEXT_MASK: u64 = 0xFF;
    /// Per hart: the task word it last dequeued (0 when its last dequeue found the queues empty). Lets the kernel see which task runs where and at what priority. (ro)
    pub const fn current_task(i: u64) -> u64 { 0x100 + 8 * i }
    pub const CURRENT_TASK_COUNT: u64 = 4;
    pub const CURRENT_TASK_PREEMPT_LSB: u32 = 0;
    pub const CURRENT_TASK_PREEMPT_WIDTH: u32 = 1;
    pub const CURRENT_TASK_PREEMPT_MASK: u64 = 0x1;
    pub const CURRENT_TASK_PRIORITY_LSB: u32 = 1;
    pub const CURRENT_TASK_PRIORITY_WIDTH: u32 = 5;
    pub const CURRENT_TASK_PRIORITY_MASK: u64 = 0x3E;
    pub const CURRENT_TASK_POINTER_LSB: u32 = 6;
    pub const CURRENT_TASK_POINTER_WIDTH: u32 = 58;
    pub const CURRENT_TASK_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// Per hart: the context of its last dequeue. (ro)
    pub const fn current_context(i: u64) -> u64 { 0x200 + 8 * i }
    pub const CURRENT_CONTEXT_COUNT: u64 = 4;
    pub const CURRENT_CONTEXT_CONTEXT_LSB: u32 = 0;
    pub const CURRENT_CONTEXT_CONTEXT_WIDTH: u32 = 8;
    pub const CURRENT_CONTEXT_CONTEXT_MASK: u64 = 0xFF;
    pub const CURRENT_CONTEXT_VALID_LSB: u32 = 31;
    pub const CURRENT_CONTEXT_VALID_WIDTH: u32 = 1;
    pub const CURRENT_CONTEXT_VALID_MASK: u64 = 0x80000000;
    /// Per hart: the context it runs, written by the kernel at each context switch. Wakeups into a context no hart runs raise a kernel notification. (wo)
    pub const fn hart_context(i: u64) -> u64 { 0x300 + 8 * i }
    pub const HART_CONTEXT_COUNT: u64 = 4;
    pub const HART_CONTEXT_CONTEXT_LSB: u32 = 0;
    pub const HART_CONTEXT_CONTEXT_WIDTH: u32 = 8;
    pub const HART_CONTEXT_CONTEXT_MASK: u64 = 0xFF;
    pub const HART_CONTEXT_VALID_LSB: u32 = 31;
    pub const HART_CONTEXT_VALID_WIDTH: u32 = 1;
    pub const HART_CONTEXT_VALID_MASK: u64 = 0x80000000;
    /// Per context: tasks in its ready queues. (ro)
    pub const fn context_count(i: u64) -> u64 { 0x400 + 8 * i }
    pub const CONTEXT_COUNT_COUNT: u64 = 8;
    pub const CONTEXT_COUNT_READY_LSB: u32 = 0;
    pub const CONTEXT_COUNT_READY_WIDTH: u32 = 11;
    pub const CONTEXT_COUNT_READY_MASK: u64 = 0x7FF;
    /// Per context: bitmap of priority levels that hold at least one task (bit p for level p). (ro)
    pub const fn context_levels(i: u64) -> u64 { 0x800 + 8 * i }
    pub const CONTEXT_LEVELS_COUNT: u64 = 8;
    pub const CONTEXT_LEVELS_LEVELS_LSB: u32 = 0;
    pub const CONTEXT_LEVELS_LEVELS_WIDTH: u32 = 8;
    pub const CONTEXT_LEVELS_LEVELS_MASK: u64 = 0xFF;
    /// Per source: events not yet delivered and the source's state. A source with an event to deliver and a waiter (or a persistent handler and a free pool entry) has its next task made ready within 136 cycles (4 per source, plus 8), not counting cycles the core spends on removes. A pending count that would pass its maximum stays there and sets lost: the events beyond it are lost. The counts are in block RAM behind 6 bits per line, which hold 32 events (a pending bit and a count of the events after it): each cycle one read-modify-write folds a source's line events into its count (the source of the scheduler's S1 update that cycle, else the source the wakeup picker chose that cycle, in rotation among the lines that hold events or have an event and the sources with something to deliver; and the line's event of that cycle with it); an event on a full line that is not folded in its cycle is lost and sets lost. Until its fold the count shows min(count + line events, maximum), and lost shows count + line events > maximum. The lost flag and the mask are in the count's RAM word: a source_config write clears lost a cycle later than the counters do, when its update folds the source (the events its line lost until then are cleared with it), so a status read in the cycle after the write's own may still show it. (ro)
    pub const fn source_status(i: u64) -> u64 { 0xC00 + 8 * i }
    pub const SOURCE_STATUS_COUNT: u64 = 32;
    pub const SOURCE_STATUS_PENDING_LSB: u32 = 0;
    pub const SOURCE_STATUS_PENDING_WIDTH: u32 = 16;
    pub const SOURCE_STATUS_PENDING_MASK: u64 = 0xFFFF;
    pub const SOURCE_STATUS_WAITING_LSB: u32 = 24;
    pub const SOURCE_STATUS_WAITING_WIDTH: u32 = 1;
    pub const SOURCE_STATUS_WAITING_MASK: u64 = 0x1000000;
    pub const SOURCE_STATUS_HANDLER_LSB: u32 = 25;
    pub const SOURCE_STATUS_HANDLER_WIDTH: u32 = 1;
    pub const SOURCE_STATUS_HANDLER_MASK: u64 = 0x2000000;
    pub const SOURCE_STATUS_EDGE_LSB: u32 = 26;
    pub const SOURCE_STATUS_EDGE_WIDTH: u32 = 1;
    pub const SOURCE_STATUS_EDGE_MASK: u64 = 0x4000000;
    pub const SOURCE_STATUS_WAKE_ALL_LSB: u32 = 27;
    pub const SOURCE_STATUS_WAKE_ALL_WIDTH: u32 = 1;
    pub const SOURCE_STATUS_WAKE_ALL_MASK: u64 = 0x8000000;
    pub const SOURCE_STATUS_PERSISTENT_LSB: u32 = 28;
    pub const SOURCE_STATUS_PERSISTENT_WIDTH: u32 = 1;
    pub const SOURCE_STATUS_PERSISTENT_MASK: u64 = 0x10000000;
    pub const SOURCE_STATUS_MASKED_LSB: u32 = 29;
    pub const SOURCE_STATUS_MASKED_WIDTH: u32 = 1;
    pub const SOURCE_STATUS_MASKED_MASK: u64 = 0x20000000;
    pub const SOURCE_STATUS_LOST_LSB: u32 = 30;
    pub const SOURCE_STATUS_LOST_WIDTH: u32 = 1;
    pub const SOURCE_STATUS_LOST_MASK: u64 = 0x40000000;
}

/// Registers of the context page (byte offsets within the page).
pub mod context {
    /// Write a task word: it joins the tail of its priority level. A refusal sets one error bit, the first that applies of BAD_PRIORITY, NULL_TASK, POOL_FULL. (wo)
    pub const ENQUEUE: u64 = 0x0;
    pub const ENQUEUE_PREEMPT_LSB: u32 = 0;
    pub const ENQUEUE_PREEMPT_WIDTH: u32 = 1;
    pub const ENQUEUE_PREEMPT_MASK: u64 = 0x1;
    pub const ENQUEUE_PRIORITY_LSB: u32 = 1;
    pub const ENQUEUE_PRIORITY_WIDTH: u32 = 5;
    pub const ENQUEUE_PRIORITY_MASK: u64 = 0x3E;
    pub const ENQUEUE_POINTER_LSB: u32 = 6;
    pub const ENQUEUE_POINTER_WIDTH: u32 = 58;
    pub const ENQUEUE_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// Write a task word: it joins the head of its priority level (for preempting wakeups). Refusals as enqueue. (wo)
    pub const ENQUEUE_HEAD: u64 = 0x8;
    pub const ENQUEUE_HEAD_PREEMPT_LSB: u32 = 0;
    pub const ENQUEUE_HEAD_PREEMPT_WIDTH: u32 = 1;
    pub const ENQUEUE_HEAD_PREEMPT_MASK: u64 = 0x1;
    pub const ENQUEUE_HEAD_PRIORITY_LSB: u32 = 1;
    pub const ENQUEUE_HEAD_PRIORITY_WIDTH: u32 = 5;
    pub const ENQUEUE_HEAD_PRIORITY_MASK: u64 = 0x3E;
    pub const ENQUEUE_HEAD_POINTER_LSB: u32 = 6;
    pub const ENQUEUE_HEAD_POINTER_WIDTH: u32 = 58;
    pub const ENQUEUE_HEAD_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// Write a task word: the oldest queued (ready) task equal to it is cancelled; BAD_PRIORITY, else NOT_FOUND when there is none. No other task moves. The core takes nothing else (no access, no wakeup) from the cycle the remove waits for its pipeline to drain (at most 2 cycles) until it answers: 1 cycle after it is accepted for a bad priority, j + 5 when the task had j tasks ahead of it, L + 2 when none of its level's L tasks equals it (2 for an empty level). (wo)
    pub const REMOVE: u64 = 0x10;
    pub const REMOVE_PREEMPT_LSB: u32 = 0;
    pub const REMOVE_PREEMPT_WIDTH: u32 = 1;
    pub const REMOVE_PREEMPT_MASK: u64 = 0x1;
    pub const REMOVE_PRIORITY_LSB: u32 = 1;
    pub const REMOVE_PRIORITY_WIDTH: u32 = 5;
    pub const REMOVE_PRIORITY_MASK: u64 = 0x3E;
    pub const REMOVE_POINTER_LSB: u32 = 6;
    pub const REMOVE_POINTER_WIDTH: u32 = 58;
    pub const REMOVE_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// Tasks in this context's ready queues. (ro)
    pub const COUNT: u64 = 0x18;
    pub const COUNT_READY_LSB: u32 = 0;
    pub const COUNT_READY_WIDTH: u32 = 11;
    pub const COUNT_READY_MASK: u64 = 0x7FF;
    /// Bitmap of this context's non-empty priority levels (bit p for level p). (ro)
    pub const LEVELS: u64 = 0x20;
    pub const LEVELS_LEVELS_LSB: u32 = 0;
    pub const LEVELS_LEVELS_WIDTH: u32 = 8;
    pub const LEVELS_LEVELS_MASK: u64 = 0xFF;
    /// Errors of this context's operations; sticky, a read returns and clears them. A refused operation sets exactly one bit, by the precedence its register states. (rc)
    pub const ERROR: u64 = 0x28;
    pub const ERROR_POOL_FULL_LSB: u32 = 0;
    pub const ERROR_POOL_FULL_WIDTH: u32 = 1;
    pub const ERROR_POOL_FULL_MASK: u64 = 0x1;
    pub const ERROR_BAD_PRIORITY_LSB: u32 = 1;
    pub const ERROR_BAD_PRIORITY_WIDTH: u32 = 1;
    pub const ERROR_BAD_PRIORITY_MASK: u64 = 0x2;
    pub const ERROR_NULL_TASK_LSB: u32 = 2;
    pub const ERROR_NULL_TASK_WIDTH: u32 = 1;
    pub const ERROR_NULL_TASK_MASK: u64 = 0x4;
    pub const ERROR_NOT_FOUND_LSB: u32 = 3;
    pub const ERROR_NOT_FOUND_WIDTH: u32 = 1;
    pub const ERROR_NOT_FOUND_MASK: u64 = 0x8;
    pub const ERROR_BAD_ACCESS_LSB: u32 = 4;
    pub const ERROR_BAD_ACCESS_WIDTH: u32 = 1;
    pub const ERROR_BAD_ACCESS_MASK: u64 = 0x10;
    pub const ERROR_NOT_GRANTED_LSB: u32 = 5;
    pub const ERROR_NOT_GRANTED_WIDTH: u32 = 1;
    pub const ERROR_NOT_GRANTED_MASK: u64 = 0x20;
    /// Send the staged message (ipc_message) to a receiver's channel. Needs the kernel's grant; a refusal sets one bit, the first that applies of BAD_TARGET (receiver or channel out of range: channel 4, for system calls, is reached only by ipc_syscall), NO_CAPABILITY, BAD_TASK, NO_HANDLER, MAILBOX_FULL, BUSY, and leaves the message staged. A context may send to itself (with the grant (c, c, channel)). On success the receiver's handler for the channel is made ready (preempting like an interrupt wakeup when its preempt bit is set), dequeueable in the receiver's context 3 cycles after the send is accepted, and the message is copied (11 cycles) while IPC accesses wait: the next is accepted 14 cycles after the send (2 after a refused one). (wo)
    pub const IPC_SEND: u64 = 0x40;
    pub const IPC_SEND_RECEIVER_LSB: u32 = 0;
    pub const IPC_SEND_RECEIVER_WIDTH: u32 = 8;
    pub const IPC_SEND_RECEIVER_MASK: u64 = 0xFF;
    pub const IPC_SEND_CHANNEL_LSB: u32 = 8;
    pub const IPC_SEND_CHANNEL_WIDTH: u32 = 4;
    pub const IPC_SEND_CHANNEL_MASK: u64 = 0xF00;
    /// Send the staged message to the kernel context (ipc_syscall_context) on the system-call channel 4; no grant needed. Refusals and timing as ipc_send, refusals from BAD_TASK on. Written data is ignored. (wo)
    pub const IPC_SYSCALL: u64 = 0x48;
    pub const IPC_SYSCALL_IGNORED_LSB: u32 = 0;
    pub const IPC_SYSCALL_IGNORED_WIDTH: u32 = 1;
    pub const IPC_SYSCALL_IGNORED_MASK: u64 = 0x1;
    /// Finish the current message (without replying: its sender's task is not woken) and take the oldest waiting one, as ipc_take does; returns its header and token, or 0 when none is waiting (then no message is current). A server that answers one message at a time uses this and a token-less ipc_reply. Timing as ipc_take's read. (ro)
    pub const IPC_RECEIVE: u64 = 0x50;
    pub const IPC_RECEIVE_SENDER_LSB: u32 = 0;
    pub const IPC_RECEIVE_SENDER_WIDTH: u32 = 8;
    pub const IPC_RECEIVE_SENDER_MASK: u64 = 0xFF;
    pub const IPC_RECEIVE_CHANNEL_LSB: u32 = 8;
    pub const IPC_RECEIVE_CHANNEL_WIDTH: u32 = 4;
    pub const IPC_RECEIVE_CHANNEL_MASK: u64 = 0xF00;
    pub const IPC_RECEIVE_TAG_LSB: u32 = 12;
    pub const IPC_RECEIVE_TAG_WIDTH: u32 = 4;
    pub const IPC_RECEIVE_TAG_MASK: u64 = 0xF000;
    pub const IPC_RECEIVE_SLOT_LSB: u32 = 16;
    pub const IPC_RECEIVE_SLOT_WIDTH: u32 = 6;
    pub const IPC_RECEIVE_SLOT_MASK: u64 = 0x3F0000;
    pub const IPC_RECEIVE_OWNER_LSB: u32 = 24;
    pub const IPC_RECEIVE_OWNER_WIDTH: u32 = 7;
    pub const IPC_RECEIVE_OWNER_MASK: u64 = 0x7F000000;
    pub const IPC_RECEIVE_VALID_LSB: u32 = 31;
    pub const IPC_RECEIVE_VALID_WIDTH: u32 = 1;
    pub const IPC_RECEIVE_VALID_MASK: u64 = 0x80000000;
    /// Answer a message in service with the staged result (ipc_result) and finish it, freeing its slot. With valid set, the message the token names (write back the word ipc_take or ipc_receive returned; sender and channel are ignored); with valid clear, the current message (as before tokens; other bits ignored). When the message's task word is not 0 the result goes to the sender's reply box and that task is made ready in the sender's context; a task word with a zero pointer (whatever its low bits) asks for no reply, and the reply only finishes the message. Refusals, the first that applies: BAD_TOKEN (valid set and the token's owner is not this context, its slot is not below 4, the slot holds no message in service, or its tag differs: an answered message's token is refused unless a multiple of 16 messages have since arrived in its slot) or NO_MESSAGE (valid clear and no message current), then MAILBOX_FULL (the sender's reply box is full), BUSY; a refusal changes nothing (the message stays in service, the result staged), so a later ipc_reply retries. Answering the current message (by token or not) leaves no message current; answering another leaves the current one current. A reply executes over two cycles (it reads the sender's reply box in the first and decides in the second), so the next IPC access is accepted 3 cycles after an ipc_reply at the earliest; an accepted reply's task is dequeueable in the sender's context 4 cycles after the reply is accepted, and its result is copied (5 cycles) while IPC accesses wait: the next is accepted 9 cycles after the reply. (wo)
    pub const IPC_REPLY: u64 = 0x58;
    pub const IPC_REPLY_SENDER_LSB: u32 = 0;
    pub const IPC_REPLY_SENDER_WIDTH: u32 = 8;
    pub const IPC_REPLY_SENDER_MASK: u64 = 0xFF;
    pub const IPC_REPLY_CHANNEL_LSB: u32 = 8;
    pub const IPC_REPLY_CHANNEL_WIDTH: u32 = 4;
    pub const IPC_REPLY_CHANNEL_MASK: u64 = 0xF00;
    pub const IPC_REPLY_TAG_LSB: u32 = 12;
    pub const IPC_REPLY_TAG_WIDTH: u32 = 4;
    pub const IPC_REPLY_TAG_MASK: u64 = 0xF000;
    pub const IPC_REPLY_SLOT_LSB: u32 = 16;
    pub const IPC_REPLY_SLOT_WIDTH: u32 = 6;
    pub const IPC_REPLY_SLOT_MASK: u64 = 0x3F0000;
    pub const IPC_REPLY_OWNER_LSB: u32 = 24;
    pub const IPC_REPLY_OWNER_WIDTH: u32 = 7;
    pub const IPC_REPLY_OWNER_MASK: u64 = 0x7F000000;
    pub const IPC_REPLY_VALID_LSB: u32 = 31;
    pub const IPC_REPLY_VALID_WIDTH: u32 = 1;
    pub const IPC_REPLY_VALID_MASK: u64 = 0x80000000;
    /// Finish the current reply and make the oldest waiting one current; returns the task word of the message it answers, or 0 when the reply box is empty. Right behind it, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. (ro)
    pub const IPC_REPLY_POP: u64 = 0x60;
    pub const IPC_REPLY_POP_PREEMPT_LSB: u32 = 0;
    pub const IPC_REPLY_POP_PREEMPT_WIDTH: u32 = 1;
    pub const IPC_REPLY_POP_PREEMPT_MASK: u64 = 0x1;
    pub const IPC_REPLY_POP_PRIORITY_LSB: u32 = 1;
    pub const IPC_REPLY_POP_PRIORITY_WIDTH: u32 = 5;
    pub const IPC_REPLY_POP_PRIORITY_MASK: u64 = 0x3E;
    pub const IPC_REPLY_POP_POINTER_LSB: u32 = 6;
    pub const IPC_REPLY_POP_POINTER_WIDTH: u32 = 58;
    pub const IPC_REPLY_POP_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// This context's inbox and reply box. (ro)
    pub const IPC_STATUS: u64 = 0x68;
    pub const IPC_STATUS_INBOX_LSB: u32 = 0;
    pub const IPC_STATUS_INBOX_WIDTH: u32 = 8;
    pub const IPC_STATUS_INBOX_MASK: u64 = 0xFF;
    pub const IPC_STATUS_INBOX_CURRENT_LSB: u32 = 8;
    pub const IPC_STATUS_INBOX_CURRENT_WIDTH: u32 = 1;
    pub const IPC_STATUS_INBOX_CURRENT_MASK: u64 = 0x100;
    pub const IPC_STATUS_REPLIES_LSB: u32 = 16;
    pub const IPC_STATUS_REPLIES_WIDTH: u32 = 8;
    pub const IPC_STATUS_REPLIES_MASK: u64 = 0xFF0000;
    pub const IPC_STATUS_REPLY_CURRENT_LSB: u32 = 24;
    pub const IPC_STATUS_REPLY_CURRENT_WIDTH: u32 = 1;
    pub const IPC_STATUS_REPLY_CURRENT_MASK: u64 = 0x1000000;
    /// IPC errors of this context's operations; sticky, a read returns and clears them. (rc)
    pub const IPC_ERROR: u64 = 0x70;
    pub const IPC_ERROR_NO_CAPABILITY_LSB: u32 = 0;
    pub const IPC_ERROR_NO_CAPABILITY_WIDTH: u32 = 1;
    pub const IPC_ERROR_NO_CAPABILITY_MASK: u64 = 0x1;
    pub const IPC_ERROR_MAILBOX_FULL_LSB: u32 = 1;
    pub const IPC_ERROR_MAILBOX_FULL_WIDTH: u32 = 1;
    pub const IPC_ERROR_MAILBOX_FULL_MASK: u64 = 0x2;
    pub const IPC_ERROR_NO_HANDLER_LSB: u32 = 2;
    pub const IPC_ERROR_NO_HANDLER_WIDTH: u32 = 1;
    pub const IPC_ERROR_NO_HANDLER_MASK: u64 = 0x4;
    pub const IPC_ERROR_BAD_TARGET_LSB: u32 = 3;
    pub const IPC_ERROR_BAD_TARGET_WIDTH: u32 = 1;
    pub const IPC_ERROR_BAD_TARGET_MASK: u64 = 0x8;
    pub const IPC_ERROR_NO_MESSAGE_LSB: u32 = 4;
    pub const IPC_ERROR_NO_MESSAGE_WIDTH: u32 = 1;
    pub const IPC_ERROR_NO_MESSAGE_MASK: u64 = 0x10;
    pub const IPC_ERROR_BAD_TASK_LSB: u32 = 5;
    pub const IPC_ERROR_BAD_TASK_WIDTH: u32 = 1;
    pub const IPC_ERROR_BAD_TASK_MASK: u64 = 0x20;
    pub const IPC_ERROR_BUSY_LSB: u32 = 6;
    pub const IPC_ERROR_BUSY_WIDTH: u32 = 1;
    pub const IPC_ERROR_BUSY_MASK: u64 = 0x40;
    pub const IPC_ERROR_BAD_TOKEN_LSB: u32 = 7;
    pub const IPC_ERROR_BAD_TOKEN_WIDTH: u32 = 1;
    pub const IPC_ERROR_BAD_TOKEN_MASK: u64 = 0x80;
    /// Read: take the oldest waiting message into service and make it current (its words in ipc_rx); the message that was current stays in service. Returns its header and token, or 0 when none is waiting (the current message stays current). A message stays in service, holding its inbox slot, until ipc_reply answers it (or ipc_receive finishes it while current, or ipc_scrub), so at most 4 (the mailbox depth) are waiting or in service at once and they can be answered in any order. A message arriving takes the lowest free slot; the token names (owner context, slot, tag), the tag counting the messages that arrived in that slot, modulo 16 (reset 0: the first message in a slot has tag 1; ipc_scrub keeps it). Like every IPC access it answers 2 cycles after it is accepted; an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read, and an ipc_receive or ipc_take read, right behind it (of any context) waits one cycle. Write a token (valid set) to make that message in service current again (its words in ipc_rx), e.g. to read a request after taking others; a token that names no message this context has in service (as for ipc_reply) sets BAD_TOKEN and changes nothing, and so does a write with valid clear. (rw)
    pub const IPC_TAKE: u64 = 0x78;
    pub const IPC_TAKE_SENDER_LSB: u32 = 0;
    pub const IPC_TAKE_SENDER_WIDTH: u32 = 8;
    pub const IPC_TAKE_SENDER_MASK: u64 = 0xFF;
    pub const IPC_TAKE_CHANNEL_LSB: u32 = 8;
    pub const IPC_TAKE_CHANNEL_WIDTH: u32 = 4;
    pub const IPC_TAKE_CHANNEL_MASK: u64 = 0xF00;
    pub const IPC_TAKE_TAG_LSB: u32 = 12;
    pub const IPC_TAKE_TAG_WIDTH: u32 = 4;
    pub const IPC_TAKE_TAG_MASK: u64 = 0xF000;
    pub const IPC_TAKE_SLOT_LSB: u32 = 16;
    pub const IPC_TAKE_SLOT_WIDTH: u32 = 6;
    pub const IPC_TAKE_SLOT_MASK: u64 = 0x3F0000;
    pub const IPC_TAKE_OWNER_LSB: u32 = 24;
    pub const IPC_TAKE_OWNER_WIDTH: u32 = 7;
    pub const IPC_TAKE_OWNER_MASK: u64 = 0x7F000000;
    pub const IPC_TAKE_VALID_LSB: u32 = 31;
    pub const IPC_TAKE_VALID_WIDTH: u32 = 1;
    pub const IPC_TAKE_VALID_MASK: u64 = 0x80000000;
    /// Per hart: a read pops the highest-priority task (FIFO within a level) and returns its word, or 0 when the context has none; the word becomes that hart's current_task and its preemption interrupt clears. (ro)
    pub const fn dequeue(i: u64) -> u64 { 0x100 + 8 * i }
    pub const DEQUEUE_COUNT: u64 = 4;
    pub const DEQUEUE_PREEMPT_LSB: u32 = 0;
    pub const DEQUEUE_PREEMPT_WIDTH: u32 = 1;
    pub const DEQUEUE_PREEMPT_MASK: u64 = 0x1;
    pub const DEQUEUE_PRIORITY_LSB: u32 = 1;
    pub const DEQUEUE_PRIORITY_WIDTH: u32 = 5;
    pub const DEQUEUE_PRIORITY_MASK: u64 = 0x3E;
    pub const DEQUEUE_POINTER_LSB: u32 = 6;
    pub const DEQUEUE_POINTER_WIDTH: u32 = 58;
    pub const DEQUEUE_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// Per channel (4: system calls, used on the kernel context): the task made ready for each message received on it. A word with a zero pointer (whatever its low bits) unregisters it and reads back as 0; one naming a task beyond the levels sets BAD_TASK and keeps the handler. Without a handler, sends to the channel are refused (NO_HANDLER) and stay staged. Right behind a write, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. (rw)
    pub const fn ipc_handler(i: u64) -> u64 { 0x200 + 8 * i }
    pub const IPC_HANDLER_COUNT: u64 = 5;
    pub const IPC_HANDLER_PREEMPT_LSB: u32 = 0;
    pub const IPC_HANDLER_PREEMPT_WIDTH: u32 = 1;
    pub const IPC_HANDLER_PREEMPT_MASK: u64 = 0x1;
    pub const IPC_HANDLER_PRIORITY_LSB: u32 = 1;
    pub const IPC_HANDLER_PRIORITY_WIDTH: u32 = 5;
    pub const IPC_HANDLER_PRIORITY_MASK: u64 = 0x3E;
    pub const IPC_HANDLER_POINTER_LSB: u32 = 6;
    pub const IPC_HANDLER_POINTER_WIDTH: u32 = 58;
    pub const IPC_HANDLER_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// The staged result (40 bytes) of the next ipc_reply. A word reads (and is sent) as 0 until written since reset or the context's last ipc_scrub. Right behind a write, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. (rw)
    pub const fn ipc_result(i: u64) -> u64 { 0x280 + 8 * i }
    pub const IPC_RESULT_COUNT: u64 = 5;
    pub const IPC_RESULT_WORD_LSB: u32 = 0;
    pub const IPC_RESULT_WORD_WIDTH: u32 = 64;
    pub const IPC_RESULT_WORD_MASK: u64 = 0xFFFFFFFFFFFFFFFF;
    /// The current reply's result (0 when there is none). (ro)
    pub const fn ipc_reply_data(i: u64) -> u64 { 0x300 + 8 * i }
    pub const IPC_REPLY_DATA_COUNT: u64 = 5;
    pub const IPC_REPLY_DATA_WORD_LSB: u32 = 0;
    pub const IPC_REPLY_DATA_WORD_WIDTH: u32 = 64;
    pub const IPC_REPLY_DATA_WORD_MASK: u64 = 0xFFFFFFFFFFFFFFFF;
    /// The staged message: word 0 process-info pointer, word 1 the task to wake with the reply (0: no reply wanted), word 2 IPC type, then 64 bytes of arguments. A word reads (and is sent) as 0 until written since reset or the context's last ipc_scrub. Right behind a write, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. (rw)
    pub const fn ipc_message(i: u64) -> u64 { 0x400 + 8 * i }
    pub const IPC_MESSAGE_COUNT: u64 = 11;
    pub const IPC_MESSAGE_WORD_LSB: u32 = 0;
    pub const IPC_MESSAGE_WORD_WIDTH: u32 = 64;
    pub const IPC_MESSAGE_WORD_MASK: u64 = 0xFFFFFFFFFFFFFFFF;
    /// The current received message, same layout as ipc_message (0 when there is none). (ro)
    pub const fn ipc_rx(i: u64) -> u64 { 0x600 + 8 * i }
    pub const IPC_RX_COUNT: u64 = 11;
    pub const IPC_RX_WORD_LSB: u32 = 0;
    pub const IPC_RX_WORD_WIDTH: u32 = 64;
    pub const IPC_RX_WORD_MASK: u64 = 0xFFFFFFFFFFFFFFFF;
    /// Per source s: write a task word to wait on s. One write: the task is parked in the controller and moved to its ready queue by an event of the source, waiters in the order they came (at the head of its level when its preempt bit is set); an event already pending wakes it at once when no other waiter is queued. On a persistent source the word becomes the source's handler, replacing the one registered (no pool entry taken), and each event already pending makes a copy of it, as later ones do. A refusal sets one error bit, the first that applies of NOT_GRANTED, BAD_PRIORITY, NULL_TASK, POOL_FULL (never POOL_FULL on a persistent source). (wo)
    pub const fn wait(i: u64) -> u64 { 0x800 + 8 * i }
    pub const WAIT_COUNT: u64 = 32;
    pub const WAIT_PREEMPT_LSB: u32 = 0;
    pub const WAIT_PREEMPT_WIDTH: u32 = 1;
    pub const WAIT_PREEMPT_MASK: u64 = 0x1;
    pub const WAIT_PRIORITY_LSB: u32 = 1;
    pub const WAIT_PRIORITY_WIDTH: u32 = 5;
    pub const WAIT_PRIORITY_MASK: u64 = 0x3E;
    pub const WAIT_POINTER_LSB: u32 = 6;
    pub const WAIT_POINTER_WIDTH: u32 = 58;
    pub const WAIT_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// Per source s: write a task word to take it off s's wait list (for timeouts and select). The oldest waiter of s that is this context's and equal to the word is cancelled: its pool entry is freed and no other waiter moves. The result, in this context's error register: nothing set when it was waiting and is cancelled; else one bit, the first that applies of NOT_GRANTED (the context is not granted s), NOT_FOUND (no such waiter: already woken, or never waited). Events are never touched: a pending count stays, an event arriving during the walk stays pending and goes to the next waiter (or waits for one). A persistent handler is not a waiter (source_config clears it). Timing: the core takes nothing else (no access, no wakeup, no new pick) from the cycle the cancel is offered, while it waits for a wakeup already picked and its pipeline to drain (at most 3 cycles), until it answers: 2 cycles after it is accepted when refused or when s has no waiter, j + 5 when the task had j waiters ahead of it, L + 2 when none of s's L waiters is it. (wo)
    pub const fn cancel_wait(i: u64) -> u64 { 0x900 + 8 * i }
    pub const CANCEL_WAIT_COUNT: u64 = 32;
    pub const CANCEL_WAIT_PREEMPT_LSB: u32 = 0;
    pub const CANCEL_WAIT_PREEMPT_WIDTH: u32 = 1;
    pub const CANCEL_WAIT_PREEMPT_MASK: u64 = 0x1;
    pub const CANCEL_WAIT_PRIORITY_LSB: u32 = 1;
    pub const CANCEL_WAIT_PRIORITY_WIDTH: u32 = 5;
    pub const CANCEL_WAIT_PRIORITY_MASK: u64 = 0x3E;
    pub const CANCEL_WAIT_POINTER_LSB: u32 = 6;
    pub const CANCEL_WAIT_POINTER_WIDTH: u32 = 58;
    pub const CANCEL_WAIT_POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
}

/// Field layout `task_word`.
pub mod task_word {
    /// 1: a wakeup of this task goes to the head of its level and may preempt
    pub const PREEMPT_LSB: u32 = 0;
    pub const PREEMPT_WIDTH: u32 = 1;
    pub const PREEMPT_MASK: u64 = 0x1;
    /// priority level, 0 is the highest; must be below the number of levels
    pub const PRIORITY_LSB: u32 = 1;
    pub const PRIORITY_WIDTH: u32 = 5;
    pub const PRIORITY_MASK: u64 = 0x3E;
    /// task control block address bits [W-1:6] (64-byte aligned); 0 is refused
    pub const POINTER_LSB: u32 = 6;
    pub const POINTER_WIDTH: u32 = 58;
    pub const POINTER_MASK: u64 = 0xFFFFFFFFFFFFFFC0;
    /// Every field: (name, lsb, width).
    pub const FIELDS: [(&str, u32, u32); 3] = [
        ("preempt", 0, 1),
        ("priority", 1, 5),
        ("pointer", 6, 58),
    ];
}

/// Field layout `error`.
pub mod error {
    /// enqueue refused: every pool entry is in use; nothing queued changed
    pub const POOL_FULL_LSB: u32 = 0;
    pub const POOL_FULL_WIDTH: u32 = 1;
    pub const POOL_FULL_MASK: u64 = 0x1;
    /// enqueue or remove refused: the task word's priority is not below the number of levels
    pub const BAD_PRIORITY_LSB: u32 = 1;
    pub const BAD_PRIORITY_WIDTH: u32 = 1;
    pub const BAD_PRIORITY_MASK: u64 = 0x2;
    /// enqueue refused: the task pointer is 0 (dequeue returns 0 for an empty queue)
    pub const NULL_TASK_LSB: u32 = 2;
    pub const NULL_TASK_WIDTH: u32 = 1;
    pub const NULL_TASK_MASK: u64 = 0x4;
    /// remove found no queued task equal to the word written; cancel_wait found no task of this context equal to it waiting on the source (already woken, or never waited)
    pub const NOT_FOUND_LSB: u32 = 3;
    pub const NOT_FOUND_WIDTH: u32 = 1;
    pub const NOT_FOUND_MASK: u64 = 0x8;
    /// an access was refused (unmapped offset, write to a read-only or read of a write-only register, partial-width or misaligned access); the bus also answered with an error
    pub const BAD_ACCESS_LSB: u32 = 4;
    pub const BAD_ACCESS_WIDTH: u32 = 1;
    pub const BAD_ACCESS_MASK: u64 = 0x10;
    /// wait or cancel_wait refused: the kernel has not granted this context the source
    pub const NOT_GRANTED_LSB: u32 = 5;
    pub const NOT_GRANTED_WIDTH: u32 = 1;
    pub const NOT_GRANTED_MASK: u64 = 0x20;
    /// Every field: (name, lsb, width).
    pub const FIELDS: [(&str, u32, u32); 6] = [
        ("pool_full", 0, 1),
        ("bad_priority", 1, 1),
        ("null_task", 2, 1),
        ("not_found", 3, 1),
        ("bad_access", 4, 1),
        ("not_granted", 5, 1),
    ];
}

/// Field layout `ipc_error`.
pub mod ipc_error {
    /// send refused: the kernel has not granted this context (sender, receiver, channel)
    pub const NO_CAPABILITY_LSB: u32 = 0;
    pub const NO_CAPABILITY_WIDTH: u32 = 1;
    pub const NO_CAPABILITY_MASK: u64 = 0x1;
    /// send or reply refused: the receiver's inbox (or the sender's reply box) is full; the message or result stays staged and can be sent again
    pub const MAILBOX_FULL_LSB: u32 = 1;
    pub const MAILBOX_FULL_WIDTH: u32 = 1;
    pub const MAILBOX_FULL_MASK: u64 = 0x2;
    /// send refused: the receiver has no handler task on that channel; the message stays staged
    pub const NO_HANDLER_LSB: u32 = 2;
    pub const NO_HANDLER_WIDTH: u32 = 1;
    pub const NO_HANDLER_MASK: u64 = 0x4;
    /// refused: receiver context or channel out of range (channel K, the system-call channel, is reached only by ipc_syscall); on the control page: an ipc_grant, ipc_syscall_context or ipc_scrub naming one
    pub const BAD_TARGET_LSB: u32 = 3;
    pub const BAD_TARGET_WIDTH: u32 = 1;
    pub const BAD_TARGET_MASK: u64 = 0x8;
    /// reply refused: this context has no current received message
    pub const NO_MESSAGE_LSB: u32 = 4;
    pub const NO_MESSAGE_WIDTH: u32 = 1;
    pub const NO_MESSAGE_MASK: u64 = 0x10;
    /// refused: a handler word, or the task word of a message, names a task (a non-zero pointer) whose priority is beyond the levels
    pub const BAD_TASK_LSB: u32 = 5;
    pub const BAD_TASK_WIDTH: u32 = 1;
    pub const BAD_TASK_MASK: u64 = 0x20;
    /// send or reply refused: the task pool is full and earlier deliveries are still waiting for an entry; the message or result stays staged
    pub const BUSY_LSB: u32 = 6;
    pub const BUSY_WIDTH: u32 = 1;
    pub const BUSY_MASK: u64 = 0x40;
    /// reply or select (ipc_take written) refused: its token names no message this context has in service (already answered, taken by another context, never taken, a slot beyond the mailbox depth, or no token)
    pub const BAD_TOKEN_LSB: u32 = 7;
    pub const BAD_TOKEN_WIDTH: u32 = 1;
    pub const BAD_TOKEN_MASK: u64 = 0x80;
    /// Every field: (name, lsb, width).
    pub const FIELDS: [(&str, u32, u32); 8] = [
        ("no_capability", 0, 1),
        ("mailbox_full", 1, 1),
        ("no_handler", 2, 1),
        ("bad_target", 3, 1),
        ("no_message", 4, 1),
        ("bad_task", 5, 1),
        ("busy", 6, 1),
        ("bad_token", 7, 1),
    ];
}
