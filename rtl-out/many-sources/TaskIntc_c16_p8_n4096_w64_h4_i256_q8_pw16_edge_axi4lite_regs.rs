//! TaskIntc_c16_p8_n4096_w64_h4_i256_q8_pw16_edge_axi4lite register map. Generated from the register-map declaration; do not edit.
#![allow(dead_code)]

/// Top module these constants describe.
pub const TOP: &str = "TaskIntc_c16_p8_n4096_w64_h4_i256_q8_pw16_edge_axi4lite";
pub const MAGIC: u64 = 0x544943;
pub const LAYOUT_VERSION: u64 = 0x4;
pub const PAGE_SIZE: u64 = 0x2000;
pub const CONTEXTS: u64 = 0x10;
pub const PRIORITIES: u64 = 0x8;
pub const CAPACITY: u64 = 0x1000;
pub const HARTS: u64 = 0x4;
pub const TASK_WIDTH: u64 = 0x40;
pub const SOURCES: u64 = 0x100;
pub const NIC_QUEUES: u64 = 0x8;
pub const ERR_POOL_FULL: u64 = 0x1;
pub const ERR_BAD_PRIORITY: u64 = 0x2;
pub const ERR_NULL_TASK: u64 = 0x4;
pub const ERR_NOT_FOUND: u64 = 0x8;
pub const ERR_BAD_ACCESS: u64 = 0x10;
pub const ERR_NOT_GRANTED: u64 = 0x20;
pub const CONTROL_PAGE: u64 = 0x0;
/// Byte offset of context `c`'s page from the controller's base.
pub const fn context_page(c: u64) -> u64 { 0x2000 + 0x2000 * c }

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
    pub const POOL_FREE_FREE_WIDTH: u32 = 13;
    pub const POOL_FREE_FREE_MASK: u64 = 0x1FFF;
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
    pub const CONTEXT_COUNT_COUNT: u64 = 16;
    pub const CONTEXT_COUNT_READY_LSB: u32 = 0;
    pub const CONTEXT_COUNT_READY_WIDTH: u32 = 13;
    pub const CONTEXT_COUNT_READY_MASK: u64 = 0x1FFF;
    /// Per context: bitmap of priority levels that hold at least one task (bit p for level p). (ro)
    pub const fn context_levels(i: u64) -> u64 { 0x800 + 8 * i }
    pub const CONTEXT_LEVELS_COUNT: u64 = 16;
    pub const CONTEXT_LEVELS_LEVELS_LSB: u32 = 0;
    pub const CONTEXT_LEVELS_LEVELS_WIDTH: u32 = 8;
    pub const CONTEXT_LEVELS_LEVELS_MASK: u64 = 0xFF;
    /// Per source: events not yet delivered and the source's state. A source with an event to deliver and a waiter (or a persistent handler and a free pool entry) has its next task made ready within 1032 cycles (4 per source, plus 8), not counting cycles the core spends on removes. A pending count that would pass its maximum stays there and sets lost: the events beyond it are lost. (ro)
    pub const fn source_status(i: u64) -> u64 { 0x1000 + 8 * i }
    pub const SOURCE_STATUS_COUNT: u64 = 256;
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
    pub const COUNT_READY_WIDTH: u32 = 13;
    pub const COUNT_READY_MASK: u64 = 0x1FFF;
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
    /// Per source s: write a task word to wait on s. One write: the task is parked in the controller and moved to its ready queue by an event of the source, waiters in the order they came (at the head of its level when its preempt bit is set); an event already pending wakes it at once when no other waiter is queued. On a persistent source the word becomes the source's handler, replacing the one registered (no pool entry taken), and each event already pending makes a copy of it, as later ones do. A refusal sets one error bit, the first that applies of NOT_GRANTED, BAD_PRIORITY, NULL_TASK, POOL_FULL (never POOL_FULL on a persistent source). (wo)
    pub const fn wait(i: u64) -> u64 { 0x800 + 8 * i }
    pub const WAIT_COUNT: u64 = 256;
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
    pub const fn cancel_wait(i: u64) -> u64 { 0x1000 + 8 * i }
    pub const CANCEL_WAIT_COUNT: u64 = 256;
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
