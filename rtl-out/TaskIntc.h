/* TaskIntc register map. Generated from the register-map declaration; do not edit. */
#ifndef TASKINTC_REGS_H
#define TASKINTC_REGS_H

#define TASKINTC_PAGE_SIZE 0x1000u
#define TASKINTC_CONTEXTS 0x8u
#define TASKINTC_PRIORITIES 0x8u
#define TASKINTC_CAPACITY 0x400u
#define TASKINTC_HARTS 0x4u
#define TASKINTC_TASK_WIDTH 0x40u
#define TASKINTC_SOURCES 0x20u
#define TASKINTC_NIC_QUEUES 0x4u
#define TASKINTC_ERR_POOL_FULL 0x1u
#define TASKINTC_ERR_BAD_PRIORITY 0x2u
#define TASKINTC_ERR_NULL_TASK 0x4u
#define TASKINTC_ERR_NOT_FOUND 0x8u
#define TASKINTC_ERR_BAD_ACCESS 0x10u
#define TASKINTC_ERR_NOT_GRANTED 0x20u
#define TASKINTC_IPC_CHANNELS 0x4u
#define TASKINTC_IPC_SYSCALL_CHANNEL 0x4u
#define TASKINTC_MAILBOX_DEPTH 0x4u
#define TASKINTC_IPC_MESSAGE_WORDS 0xBu
#define TASKINTC_IPC_RESULT_WORDS 0x5u
#define TASKINTC_IPC_ERR_NO_CAPABILITY 0x1u
#define TASKINTC_IPC_ERR_MAILBOX_FULL 0x2u
#define TASKINTC_IPC_ERR_NO_HANDLER 0x4u
#define TASKINTC_IPC_ERR_BAD_TARGET 0x8u
#define TASKINTC_IPC_ERR_NO_MESSAGE 0x10u
#define TASKINTC_IPC_ERR_BAD_TASK 0x20u
#define TASKINTC_IPC_ERR_BUSY 0x40u

/* Page of context c: base + TASKINTC_CONTEXT_PAGE(c). */
#define TASKINTC_CONTROL_PAGE 0x0u
#define TASKINTC_CONTEXT_PAGE(c) (0x1000u + 0x1000u * (c))

/* control.id (ro): Block identification; read it to find the controller and its register layout version. */
#define TASKINTC_CONTROL_ID 0x0u
#define TASKINTC_CONTROL_ID_VERSION_LSB 0u
#define TASKINTC_CONTROL_ID_VERSION_WIDTH 8u
#define TASKINTC_CONTROL_ID_MAGIC_LSB 8u
#define TASKINTC_CONTROL_ID_MAGIC_WIDTH 24u

/* control.params (ro): Generator parameters of this instance, so one driver serves every configuration. */
#define TASKINTC_CONTROL_PARAMS 0x8u
#define TASKINTC_CONTROL_PARAMS_CONTEXTS_LSB 0u
#define TASKINTC_CONTROL_PARAMS_CONTEXTS_WIDTH 9u
#define TASKINTC_CONTROL_PARAMS_PRIORITIES_LSB 9u
#define TASKINTC_CONTROL_PARAMS_PRIORITIES_WIDTH 6u
#define TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_LSB 15u
#define TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_WIDTH 5u
#define TASKINTC_CONTROL_PARAMS_HARTS_LSB 20u
#define TASKINTC_CONTROL_PARAMS_HARTS_WIDTH 7u
#define TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_LSB 27u
#define TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_WIDTH 1u
#define TASKINTC_CONTROL_PARAMS_LOG2_REGION_LSB 28u
#define TASKINTC_CONTROL_PARAMS_LOG2_REGION_WIDTH 4u

/* control.pool_free (ro): Free entries in the task pool shared by ready and waiting tasks of all contexts. */
#define TASKINTC_CONTROL_POOL_FREE 0x10u
#define TASKINTC_CONTROL_POOL_FREE_FREE_LSB 0u
#define TASKINTC_CONTROL_POOL_FREE_FREE_WIDTH 11u

/* control.error (rc): Errors of accesses to the control region or to unmapped regions; sticky, a read returns and clears them. */
#define TASKINTC_CONTROL_ERROR 0x18u
#define TASKINTC_CONTROL_ERROR_POOL_FULL_LSB 0u
#define TASKINTC_CONTROL_ERROR_POOL_FULL_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_BAD_PRIORITY_LSB 1u
#define TASKINTC_CONTROL_ERROR_BAD_PRIORITY_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_NULL_TASK_LSB 2u
#define TASKINTC_CONTROL_ERROR_NULL_TASK_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_NOT_FOUND_LSB 3u
#define TASKINTC_CONTROL_ERROR_NOT_FOUND_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_BAD_ACCESS_LSB 4u
#define TASKINTC_CONTROL_ERROR_BAD_ACCESS_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_NOT_GRANTED_LSB 5u
#define TASKINTC_CONTROL_ERROR_NOT_GRANTED_WIDTH 1u

/* control.grant (wo): Allow (or forbid) a context to wait on a source. Until granted, a wait sets NOT_GRANTED and changes nothing. */
#define TASKINTC_CONTROL_GRANT 0x20u
#define TASKINTC_CONTROL_GRANT_SOURCE_LSB 0u
#define TASKINTC_CONTROL_GRANT_SOURCE_WIDTH 10u
#define TASKINTC_CONTROL_GRANT_CONTEXT_LSB 16u
#define TASKINTC_CONTROL_GRANT_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_GRANT_ALLOW_LSB 31u
#define TASKINTC_CONTROL_GRANT_ALLOW_WIDTH 1u

/* control.source_config (wo): Configure a source. Clearing persistent drops its handler. */
#define TASKINTC_CONTROL_SOURCE_CONFIG 0x28u
#define TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_LSB 0u
#define TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_WIDTH 10u
#define TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_LSB 16u
#define TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_LSB 17u
#define TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_LSB 18u
#define TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_LSB 19u
#define TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_WIDTH 1u

/* control.nic_coalesce (wo): Interrupt coalescing of a NIC source: one event after K NIC events or T cycles after the first, whichever comes first. K <= 1 and T = 0 turn it off. Ignored for other sources. */
#define TASKINTC_CONTROL_NIC_COALESCE 0x30u
#define TASKINTC_CONTROL_NIC_COALESCE_SOURCE_LSB 0u
#define TASKINTC_CONTROL_NIC_COALESCE_SOURCE_WIDTH 10u
#define TASKINTC_CONTROL_NIC_COALESCE_COUNT_LSB 10u
#define TASKINTC_CONTROL_NIC_COALESCE_COUNT_WIDTH 6u
#define TASKINTC_CONTROL_NIC_COALESCE_TIME_LSB 16u
#define TASKINTC_CONTROL_NIC_COALESCE_TIME_WIDTH 16u

/* control.inject (wo): Simulated event on a source, for tests and bring-up (privileged only). */
#define TASKINTC_CONTROL_INJECT 0x38u
#define TASKINTC_CONTROL_INJECT_SOURCE_LSB 0u
#define TASKINTC_CONTROL_INJECT_SOURCE_WIDTH 10u

/* control.notify (ro): Kernel notification: a read returns the lowest context that had a task woken while no hart ran it, and clears it. The notify hart's supervisor software interrupt is high while any is pending. */
#define TASKINTC_CONTROL_NOTIFY 0x40u
#define TASKINTC_CONTROL_NOTIFY_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_NOTIFY_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_NOTIFY_VALID_LSB 31u
#define TASKINTC_CONTROL_NOTIFY_VALID_WIDTH 1u

/* control.notify_hart (wo): Hart whose supervisor software interrupt carries kernel notifications (reset 0). */
#define TASKINTC_CONTROL_NOTIFY_HART 0x48u
#define TASKINTC_CONTROL_NOTIFY_HART_HART_LSB 0u
#define TASKINTC_CONTROL_NOTIFY_HART_HART_WIDTH 5u

/* control.usip (ro): Harts with a user software (preemption) interrupt pending; hart h's clears when it dequeues. */
#define TASKINTC_CONTROL_USIP 0x50u
#define TASKINTC_CONTROL_USIP_HARTS_LSB 0u
#define TASKINTC_CONTROL_USIP_HARTS_WIDTH 4u

/* control.hart_context (wo): Per hart: the context it runs, written by the kernel at each context switch. Wakeups into a context no hart runs raise a kernel notification. */
#define TASKINTC_CONTROL_HART_CONTEXT(i) (0x300u + 8u * (i))
#define TASKINTC_CONTROL_HART_CONTEXT_COUNT 4u
#define TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_HART_CONTEXT_VALID_LSB 31u
#define TASKINTC_CONTROL_HART_CONTEXT_VALID_WIDTH 1u

/* control.ipc_grant (wo): Grant (or revoke) the capability for a sender context to send to a receiver context on a channel. Out-of-range fields set BAD_TARGET in ipc_error and change nothing. */
#define TASKINTC_CONTROL_IPC_GRANT 0x58u
#define TASKINTC_CONTROL_IPC_GRANT_SENDER_LSB 0u
#define TASKINTC_CONTROL_IPC_GRANT_SENDER_WIDTH 8u
#define TASKINTC_CONTROL_IPC_GRANT_RECEIVER_LSB 8u
#define TASKINTC_CONTROL_IPC_GRANT_RECEIVER_WIDTH 8u
#define TASKINTC_CONTROL_IPC_GRANT_CHANNEL_LSB 16u
#define TASKINTC_CONTROL_IPC_GRANT_CHANNEL_WIDTH 4u
#define TASKINTC_CONTROL_IPC_GRANT_ALLOW_LSB 31u
#define TASKINTC_CONTROL_IPC_GRANT_ALLOW_WIDTH 1u

/* control.ipc_syscall_context (wo): The kernel context: receiver of every context's system calls (ipc_syscall), on channel 4. Reset 0. */
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT 0x60u
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_WIDTH 8u

/* control.ipc_error (rc): IPC errors of control-region writes; sticky, a read returns and clears them. */
#define TASKINTC_CONTROL_IPC_ERROR 0x68u
#define TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_LSB 0u
#define TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_LSB 1u
#define TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_LSB 2u
#define TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_LSB 3u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_LSB 4u
#define TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_LSB 5u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_BUSY_LSB 6u
#define TASKINTC_CONTROL_IPC_ERROR_BUSY_WIDTH 1u

/* control.current_task (ro): Per hart: the task word it last dequeued (0 when its last dequeue found the queues empty). Lets the kernel see which task runs where and at what priority. */
#define TASKINTC_CONTROL_CURRENT_TASK(i) (0x100u + 8u * (i))
#define TASKINTC_CONTROL_CURRENT_TASK_COUNT 4u
#define TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_LSB 0u
#define TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_WIDTH 1u
#define TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_LSB 1u
#define TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_WIDTH 5u
#define TASKINTC_CONTROL_CURRENT_TASK_POINTER_LSB 6u
#define TASKINTC_CONTROL_CURRENT_TASK_POINTER_WIDTH 58u

/* control.current_context (ro): Per hart: the context of its last dequeue. */
#define TASKINTC_CONTROL_CURRENT_CONTEXT(i) (0x200u + 8u * (i))
#define TASKINTC_CONTROL_CURRENT_CONTEXT_COUNT 4u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_LSB 31u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_WIDTH 1u

/* control.context_count (ro): Per context: tasks in its ready queues. */
#define TASKINTC_CONTROL_CONTEXT_COUNT(i) (0x400u + 8u * (i))
#define TASKINTC_CONTROL_CONTEXT_COUNT_COUNT 8u
#define TASKINTC_CONTROL_CONTEXT_COUNT_READY_LSB 0u
#define TASKINTC_CONTROL_CONTEXT_COUNT_READY_WIDTH 11u

/* control.context_levels (ro): Per context: bitmap of priority levels that hold at least one task (bit p for level p). */
#define TASKINTC_CONTROL_CONTEXT_LEVELS(i) (0x800u + 8u * (i))
#define TASKINTC_CONTROL_CONTEXT_LEVELS_COUNT 8u
#define TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_LSB 0u
#define TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_WIDTH 8u

/* control.source_status (ro): Per source: events not yet delivered and the source's state. */
#define TASKINTC_CONTROL_SOURCE_STATUS(i) (0xC00u + 8u * (i))
#define TASKINTC_CONTROL_SOURCE_STATUS_COUNT 32u
#define TASKINTC_CONTROL_SOURCE_STATUS_PENDING_LSB 0u
#define TASKINTC_CONTROL_SOURCE_STATUS_PENDING_WIDTH 16u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAITING_LSB 24u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAITING_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_LSB 25u
#define TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_EDGE_LSB 26u
#define TASKINTC_CONTROL_SOURCE_STATUS_EDGE_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_LSB 27u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_LSB 28u
#define TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_MASKED_LSB 29u
#define TASKINTC_CONTROL_SOURCE_STATUS_MASKED_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_LOST_LSB 30u
#define TASKINTC_CONTROL_SOURCE_STATUS_LOST_WIDTH 1u

/* context.enqueue (wo): Write a task word: it joins the tail of its priority level. Refusals set POOL_FULL, BAD_PRIORITY or NULL_TASK. */
#define TASKINTC_CONTEXT_ENQUEUE 0x0u
#define TASKINTC_CONTEXT_ENQUEUE_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_ENQUEUE_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_ENQUEUE_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_ENQUEUE_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_ENQUEUE_POINTER_LSB 6u
#define TASKINTC_CONTEXT_ENQUEUE_POINTER_WIDTH 58u

/* context.enqueue_head (wo): Write a task word: it joins the head of its priority level (for preempting wakeups). */
#define TASKINTC_CONTEXT_ENQUEUE_HEAD 0x8u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_LSB 6u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_WIDTH 58u

/* context.remove (wo): Write a task word: the oldest queued (ready) task equal to it is cancelled. Takes one cycle per task ahead of it in its level; sets NOT_FOUND when there is none. No other task moves. */
#define TASKINTC_CONTEXT_REMOVE 0x10u
#define TASKINTC_CONTEXT_REMOVE_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_REMOVE_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_REMOVE_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_REMOVE_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_REMOVE_POINTER_LSB 6u
#define TASKINTC_CONTEXT_REMOVE_POINTER_WIDTH 58u

/* context.count (ro): Tasks in this context's ready queues. */
#define TASKINTC_CONTEXT_COUNT 0x18u
#define TASKINTC_CONTEXT_COUNT_READY_LSB 0u
#define TASKINTC_CONTEXT_COUNT_READY_WIDTH 11u

/* context.levels (ro): Bitmap of this context's non-empty priority levels (bit p for level p). */
#define TASKINTC_CONTEXT_LEVELS 0x20u
#define TASKINTC_CONTEXT_LEVELS_LEVELS_LSB 0u
#define TASKINTC_CONTEXT_LEVELS_LEVELS_WIDTH 8u

/* context.error (rc): Errors of this context's operations; sticky, a read returns and clears them. */
#define TASKINTC_CONTEXT_ERROR 0x28u
#define TASKINTC_CONTEXT_ERROR_POOL_FULL_LSB 0u
#define TASKINTC_CONTEXT_ERROR_POOL_FULL_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_NULL_TASK_LSB 2u
#define TASKINTC_CONTEXT_ERROR_NULL_TASK_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_NOT_FOUND_LSB 3u
#define TASKINTC_CONTEXT_ERROR_NOT_FOUND_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_BAD_ACCESS_LSB 4u
#define TASKINTC_CONTEXT_ERROR_BAD_ACCESS_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_NOT_GRANTED_LSB 5u
#define TASKINTC_CONTEXT_ERROR_NOT_GRANTED_WIDTH 1u

/* context.dequeue (ro): Per hart: a read pops the highest-priority task (FIFO within a level) and returns its word, or 0 when the context has none; the word becomes that hart's current_task and its preemption interrupt clears. */
#define TASKINTC_CONTEXT_DEQUEUE(i) (0x100u + 8u * (i))
#define TASKINTC_CONTEXT_DEQUEUE_COUNT 4u
#define TASKINTC_CONTEXT_DEQUEUE_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_DEQUEUE_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_DEQUEUE_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_DEQUEUE_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_DEQUEUE_POINTER_LSB 6u
#define TASKINTC_CONTEXT_DEQUEUE_POINTER_WIDTH 58u

/* context.wait (wo): Per source s: write a task word to wait on s. One write: the task is parked in the controller and moved to its ready queue by the source's next event (at the head of its level when its preempt bit is set); an event already pending wakes it at once. On a persistent source the word becomes the source's handler. Refusals set NOT_GRANTED, POOL_FULL, BAD_PRIORITY or NULL_TASK. */
#define TASKINTC_CONTEXT_WAIT(i) (0x800u + 8u * (i))
#define TASKINTC_CONTEXT_WAIT_COUNT 32u
#define TASKINTC_CONTEXT_WAIT_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_WAIT_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_WAIT_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_WAIT_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_WAIT_POINTER_LSB 6u
#define TASKINTC_CONTEXT_WAIT_POINTER_WIDTH 58u

/* context.ipc_send (wo): Send the staged message (ipc_message) to a receiver's channel. Needs the kernel's grant; refusals (BAD_TARGET, NO_CAPABILITY, BAD_TASK, NO_HANDLER, MAILBOX_FULL, BUSY) leave the message staged. On success the receiver's handler for the channel is made ready (preempting like an interrupt wakeup when its preempt bit is set), and the message is copied while IPC accesses wait. */
#define TASKINTC_CONTEXT_IPC_SEND 0x40u
#define TASKINTC_CONTEXT_IPC_SEND_RECEIVER_LSB 0u
#define TASKINTC_CONTEXT_IPC_SEND_RECEIVER_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_SEND_CHANNEL_LSB 8u
#define TASKINTC_CONTEXT_IPC_SEND_CHANNEL_WIDTH 4u

/* context.ipc_syscall (wo): Send the staged message to the kernel context (ipc_syscall_context) on the system-call channel 4; no grant needed. Written data is ignored. */
#define TASKINTC_CONTEXT_IPC_SYSCALL 0x48u
#define TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_LSB 0u
#define TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_WIDTH 1u

/* context.ipc_receive (ro): Finish the current received message (without replying) and make the oldest waiting one current; returns its sender and channel, or 0 when the inbox is empty. */
#define TASKINTC_CONTEXT_IPC_RECEIVE 0x50u
#define TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_LSB 0u
#define TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_LSB 8u
#define TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_RECEIVE_VALID_LSB 31u
#define TASKINTC_CONTEXT_IPC_RECEIVE_VALID_WIDTH 1u

/* context.ipc_reply (wo): Answer the current received message with the staged result (ipc_result) and finish it. When the message's task word is not 0 the result goes to the sender's reply box and that task is made ready in the sender's context. Refusals: NO_MESSAGE, MAILBOX_FULL, BUSY (result stays staged). Written data is ignored. */
#define TASKINTC_CONTEXT_IPC_REPLY 0x58u
#define TASKINTC_CONTEXT_IPC_REPLY_IGNORED_LSB 0u
#define TASKINTC_CONTEXT_IPC_REPLY_IGNORED_WIDTH 1u

/* context.ipc_reply_pop (ro): Finish the current reply and make the oldest waiting one current; returns the task word of the message it answers, or 0 when the reply box is empty. */
#define TASKINTC_CONTEXT_IPC_REPLY_POP 0x60u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_LSB 6u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_WIDTH 58u

/* context.ipc_status (ro): This context's inbox and reply box. */
#define TASKINTC_CONTEXT_IPC_STATUS 0x68u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_LSB 0u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_LSB 8u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLIES_LSB 16u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLIES_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_LSB 24u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_WIDTH 1u

/* context.ipc_error (rc): IPC errors of this context's operations; sticky, a read returns and clears them. */
#define TASKINTC_CONTEXT_IPC_ERROR 0x70u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_LSB 0u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_LSB 1u
#define TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_LSB 2u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_LSB 3u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_LSB 4u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_LSB 5u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_BUSY_LSB 6u
#define TASKINTC_CONTEXT_IPC_ERROR_BUSY_WIDTH 1u

/* context.ipc_handler (rw): Per channel (4: system calls, used on the kernel context): the task made ready for each message received on it; 0 unregisters. Without a handler, sends to the channel are refused (NO_HANDLER) and stay staged. */
#define TASKINTC_CONTEXT_IPC_HANDLER(i) (0x200u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_HANDLER_COUNT 5u
#define TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_IPC_HANDLER_POINTER_LSB 6u
#define TASKINTC_CONTEXT_IPC_HANDLER_POINTER_WIDTH 58u

/* context.ipc_result (rw): The staged result (40 bytes) of the next ipc_reply. */
#define TASKINTC_CONTEXT_IPC_RESULT(i) (0x280u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_RESULT_COUNT 5u
#define TASKINTC_CONTEXT_IPC_RESULT_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_RESULT_WORD_WIDTH 64u

/* context.ipc_reply_data (ro): The current reply's result (0 when there is none). */
#define TASKINTC_CONTEXT_IPC_REPLY_DATA(i) (0x300u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_COUNT 5u
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_WIDTH 64u

/* context.ipc_message (rw): The staged message: word 0 process-info pointer, word 1 the task to wake with the reply (0: no reply wanted), word 2 IPC type, then 64 bytes of arguments. */
#define TASKINTC_CONTEXT_IPC_MESSAGE(i) (0x400u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_MESSAGE_COUNT 11u
#define TASKINTC_CONTEXT_IPC_MESSAGE_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_MESSAGE_WORD_WIDTH 64u

/* context.ipc_rx (ro): The current received message, same layout as ipc_message (0 when there is none). */
#define TASKINTC_CONTEXT_IPC_RX(i) (0x600u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_RX_COUNT 11u
#define TASKINTC_CONTEXT_IPC_RX_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_RX_WORD_WIDTH 64u
#define TASKINTC_TASK_WORD_PREEMPT_LSB 0u
#define TASKINTC_TASK_WORD_PREEMPT_WIDTH 1u
#define TASKINTC_TASK_WORD_PRIORITY_LSB 1u
#define TASKINTC_TASK_WORD_PRIORITY_WIDTH 5u
#define TASKINTC_TASK_WORD_POINTER_LSB 6u
#define TASKINTC_TASK_WORD_POINTER_WIDTH 58u
#define TASKINTC_ERROR_POOL_FULL_LSB 0u
#define TASKINTC_ERROR_POOL_FULL_WIDTH 1u
#define TASKINTC_ERROR_BAD_PRIORITY_LSB 1u
#define TASKINTC_ERROR_BAD_PRIORITY_WIDTH 1u
#define TASKINTC_ERROR_NULL_TASK_LSB 2u
#define TASKINTC_ERROR_NULL_TASK_WIDTH 1u
#define TASKINTC_ERROR_NOT_FOUND_LSB 3u
#define TASKINTC_ERROR_NOT_FOUND_WIDTH 1u
#define TASKINTC_ERROR_BAD_ACCESS_LSB 4u
#define TASKINTC_ERROR_BAD_ACCESS_WIDTH 1u
#define TASKINTC_ERROR_NOT_GRANTED_LSB 5u
#define TASKINTC_ERROR_NOT_GRANTED_WIDTH 1u
#define TASKINTC_IPC_ERROR_NO_CAPABILITY_LSB 0u
#define TASKINTC_IPC_ERROR_NO_CAPABILITY_WIDTH 1u
#define TASKINTC_IPC_ERROR_MAILBOX_FULL_LSB 1u
#define TASKINTC_IPC_ERROR_MAILBOX_FULL_WIDTH 1u
#define TASKINTC_IPC_ERROR_NO_HANDLER_LSB 2u
#define TASKINTC_IPC_ERROR_NO_HANDLER_WIDTH 1u
#define TASKINTC_IPC_ERROR_BAD_TARGET_LSB 3u
#define TASKINTC_IPC_ERROR_BAD_TARGET_WIDTH 1u
#define TASKINTC_IPC_ERROR_NO_MESSAGE_LSB 4u
#define TASKINTC_IPC_ERROR_NO_MESSAGE_WIDTH 1u
#define TASKINTC_IPC_ERROR_BAD_TASK_LSB 5u
#define TASKINTC_IPC_ERROR_BAD_TASK_WIDTH 1u
#define TASKINTC_IPC_ERROR_BUSY_LSB 6u
#define TASKINTC_IPC_ERROR_BUSY_WIDTH 1u

#endif /* TASKINTC_REGS_H */
