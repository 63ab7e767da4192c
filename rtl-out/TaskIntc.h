/* TaskIntc register map. Generated from the register-map declaration; do not edit.
 * Offsets are bytes from a region's base. Each field X has X_LSB, X_WIDTH, X_MASK (in place),
 * X_GET(reg) (the field's value from a register value) and X_PREP(value) (the value moved into place,
 * to OR into a word to write). Check MAGIC and LAYOUT_VERSION against control.id first. */
#ifndef TASKINTC_REGS_H
#define TASKINTC_REGS_H

#define TASKINTC_MAGIC 0x544943u
#define TASKINTC_LAYOUT_VERSION 0x4u
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
#define TASKINTC_IPC_ERR_BAD_TOKEN 0x80u

/* Page of context c: base + TASKINTC_CONTEXT_PAGE(c). */
#define TASKINTC_CONTROL_PAGE 0x0u
#define TASKINTC_CONTEXT_PAGE(c) (0x1000u + 0x1000u * (c))

/* control.id (ro): Block identification; read it to find the controller and its register layout version. */
#define TASKINTC_CONTROL_ID 0x0u
#define TASKINTC_CONTROL_ID_VERSION_LSB 0u
#define TASKINTC_CONTROL_ID_VERSION_WIDTH 8u
#define TASKINTC_CONTROL_ID_VERSION_MASK 0xFFull
#define TASKINTC_CONTROL_ID_VERSION_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ID_VERSION_MASK) >> 0)
#define TASKINTC_CONTROL_ID_VERSION_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_ID_VERSION_MASK)
#define TASKINTC_CONTROL_ID_MAGIC_LSB 8u
#define TASKINTC_CONTROL_ID_MAGIC_WIDTH 24u
#define TASKINTC_CONTROL_ID_MAGIC_MASK 0xFFFFFF00ull
#define TASKINTC_CONTROL_ID_MAGIC_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ID_MAGIC_MASK) >> 8)
#define TASKINTC_CONTROL_ID_MAGIC_PREP(value) ((((unsigned long long)(value)) << 8) & TASKINTC_CONTROL_ID_MAGIC_MASK)

/* control.params (ro): Generator parameters of this instance, so one driver serves every configuration. */
#define TASKINTC_CONTROL_PARAMS 0x8u
#define TASKINTC_CONTROL_PARAMS_CONTEXTS_LSB 0u
#define TASKINTC_CONTROL_PARAMS_CONTEXTS_WIDTH 9u
#define TASKINTC_CONTROL_PARAMS_CONTEXTS_MASK 0x1FFull
#define TASKINTC_CONTROL_PARAMS_CONTEXTS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_PARAMS_CONTEXTS_MASK) >> 0)
#define TASKINTC_CONTROL_PARAMS_CONTEXTS_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_PARAMS_CONTEXTS_MASK)
#define TASKINTC_CONTROL_PARAMS_PRIORITIES_LSB 9u
#define TASKINTC_CONTROL_PARAMS_PRIORITIES_WIDTH 6u
#define TASKINTC_CONTROL_PARAMS_PRIORITIES_MASK 0x7E00ull
#define TASKINTC_CONTROL_PARAMS_PRIORITIES_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_PARAMS_PRIORITIES_MASK) >> 9)
#define TASKINTC_CONTROL_PARAMS_PRIORITIES_PREP(value) ((((unsigned long long)(value)) << 9) & TASKINTC_CONTROL_PARAMS_PRIORITIES_MASK)
#define TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_LSB 15u
#define TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_WIDTH 5u
#define TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_MASK 0xF8000ull
#define TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_MASK) >> 15)
#define TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_PREP(value) ((((unsigned long long)(value)) << 15) & TASKINTC_CONTROL_PARAMS_LOG2_CAPACITY_MASK)
#define TASKINTC_CONTROL_PARAMS_HARTS_LSB 20u
#define TASKINTC_CONTROL_PARAMS_HARTS_WIDTH 7u
#define TASKINTC_CONTROL_PARAMS_HARTS_MASK 0x7F00000ull
#define TASKINTC_CONTROL_PARAMS_HARTS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_PARAMS_HARTS_MASK) >> 20)
#define TASKINTC_CONTROL_PARAMS_HARTS_PREP(value) ((((unsigned long long)(value)) << 20) & TASKINTC_CONTROL_PARAMS_HARTS_MASK)
#define TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_LSB 27u
#define TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_WIDTH 1u
#define TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_MASK 0x8000000ull
#define TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_MASK) >> 27)
#define TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_PREP(value) ((((unsigned long long)(value)) << 27) & TASKINTC_CONTROL_PARAMS_TASK_WIDTH_64_MASK)
#define TASKINTC_CONTROL_PARAMS_LOG2_REGION_LSB 28u
#define TASKINTC_CONTROL_PARAMS_LOG2_REGION_WIDTH 4u
#define TASKINTC_CONTROL_PARAMS_LOG2_REGION_MASK 0xF0000000ull
#define TASKINTC_CONTROL_PARAMS_LOG2_REGION_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_PARAMS_LOG2_REGION_MASK) >> 28)
#define TASKINTC_CONTROL_PARAMS_LOG2_REGION_PREP(value) ((((unsigned long long)(value)) << 28) & TASKINTC_CONTROL_PARAMS_LOG2_REGION_MASK)

/* control.pool_free (ro): Free entries in the task pool shared by ready and waiting tasks of all contexts. */
#define TASKINTC_CONTROL_POOL_FREE 0x10u
#define TASKINTC_CONTROL_POOL_FREE_FREE_LSB 0u
#define TASKINTC_CONTROL_POOL_FREE_FREE_WIDTH 11u
#define TASKINTC_CONTROL_POOL_FREE_FREE_MASK 0x7FFull
#define TASKINTC_CONTROL_POOL_FREE_FREE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_POOL_FREE_FREE_MASK) >> 0)
#define TASKINTC_CONTROL_POOL_FREE_FREE_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_POOL_FREE_FREE_MASK)

/* control.error (rc): Errors of accesses to the control region or to unmapped regions (BAD_ACCESS for a refused access or an out-of-range configuration write); sticky, a read returns and clears them. */
#define TASKINTC_CONTROL_ERROR 0x18u
#define TASKINTC_CONTROL_ERROR_POOL_FULL_LSB 0u
#define TASKINTC_CONTROL_ERROR_POOL_FULL_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_POOL_FULL_MASK 0x1ull
#define TASKINTC_CONTROL_ERROR_POOL_FULL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ERROR_POOL_FULL_MASK) >> 0)
#define TASKINTC_CONTROL_ERROR_POOL_FULL_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_ERROR_POOL_FULL_MASK)
#define TASKINTC_CONTROL_ERROR_BAD_PRIORITY_LSB 1u
#define TASKINTC_CONTROL_ERROR_BAD_PRIORITY_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_BAD_PRIORITY_MASK 0x2ull
#define TASKINTC_CONTROL_ERROR_BAD_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ERROR_BAD_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTROL_ERROR_BAD_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTROL_ERROR_BAD_PRIORITY_MASK)
#define TASKINTC_CONTROL_ERROR_NULL_TASK_LSB 2u
#define TASKINTC_CONTROL_ERROR_NULL_TASK_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_NULL_TASK_MASK 0x4ull
#define TASKINTC_CONTROL_ERROR_NULL_TASK_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ERROR_NULL_TASK_MASK) >> 2)
#define TASKINTC_CONTROL_ERROR_NULL_TASK_PREP(value) ((((unsigned long long)(value)) << 2) & TASKINTC_CONTROL_ERROR_NULL_TASK_MASK)
#define TASKINTC_CONTROL_ERROR_NOT_FOUND_LSB 3u
#define TASKINTC_CONTROL_ERROR_NOT_FOUND_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_NOT_FOUND_MASK 0x8ull
#define TASKINTC_CONTROL_ERROR_NOT_FOUND_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ERROR_NOT_FOUND_MASK) >> 3)
#define TASKINTC_CONTROL_ERROR_NOT_FOUND_PREP(value) ((((unsigned long long)(value)) << 3) & TASKINTC_CONTROL_ERROR_NOT_FOUND_MASK)
#define TASKINTC_CONTROL_ERROR_BAD_ACCESS_LSB 4u
#define TASKINTC_CONTROL_ERROR_BAD_ACCESS_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_BAD_ACCESS_MASK 0x10ull
#define TASKINTC_CONTROL_ERROR_BAD_ACCESS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ERROR_BAD_ACCESS_MASK) >> 4)
#define TASKINTC_CONTROL_ERROR_BAD_ACCESS_PREP(value) ((((unsigned long long)(value)) << 4) & TASKINTC_CONTROL_ERROR_BAD_ACCESS_MASK)
#define TASKINTC_CONTROL_ERROR_NOT_GRANTED_LSB 5u
#define TASKINTC_CONTROL_ERROR_NOT_GRANTED_WIDTH 1u
#define TASKINTC_CONTROL_ERROR_NOT_GRANTED_MASK 0x20ull
#define TASKINTC_CONTROL_ERROR_NOT_GRANTED_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_ERROR_NOT_GRANTED_MASK) >> 5)
#define TASKINTC_CONTROL_ERROR_NOT_GRANTED_PREP(value) ((((unsigned long long)(value)) << 5) & TASKINTC_CONTROL_ERROR_NOT_GRANTED_MASK)

/* control.grant (wo): Allow (or forbid) a context to wait on a source. Until granted, a wait or cancel_wait sets NOT_GRANTED and changes nothing. Revoking refuses later waits and cancel_waits only: the context's waiters already queued on the source stay and are woken by its events (cancel them first to take them off). */
#define TASKINTC_CONTROL_GRANT 0x20u
#define TASKINTC_CONTROL_GRANT_SOURCE_LSB 0u
#define TASKINTC_CONTROL_GRANT_SOURCE_WIDTH 10u
#define TASKINTC_CONTROL_GRANT_SOURCE_MASK 0x3FFull
#define TASKINTC_CONTROL_GRANT_SOURCE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_GRANT_SOURCE_MASK) >> 0)
#define TASKINTC_CONTROL_GRANT_SOURCE_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_GRANT_SOURCE_MASK)
#define TASKINTC_CONTROL_GRANT_CONTEXT_LSB 16u
#define TASKINTC_CONTROL_GRANT_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_GRANT_CONTEXT_MASK 0xFF0000ull
#define TASKINTC_CONTROL_GRANT_CONTEXT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_GRANT_CONTEXT_MASK) >> 16)
#define TASKINTC_CONTROL_GRANT_CONTEXT_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTROL_GRANT_CONTEXT_MASK)
#define TASKINTC_CONTROL_GRANT_ALLOW_LSB 31u
#define TASKINTC_CONTROL_GRANT_ALLOW_WIDTH 1u
#define TASKINTC_CONTROL_GRANT_ALLOW_MASK 0x80000000ull
#define TASKINTC_CONTROL_GRANT_ALLOW_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_GRANT_ALLOW_MASK) >> 31)
#define TASKINTC_CONTROL_GRANT_ALLOW_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTROL_GRANT_ALLOW_MASK)

/* control.source_config (wo): Configure a source. Clearing persistent drops its handler. The write clears the source's lost flag; its pending count and waiters stay. */
#define TASKINTC_CONTROL_SOURCE_CONFIG 0x28u
#define TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_LSB 0u
#define TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_WIDTH 10u
#define TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_MASK 0x3FFull
#define TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_MASK) >> 0)
#define TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_SOURCE_CONFIG_SOURCE_MASK)
#define TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_LSB 16u
#define TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_MASK 0x10000ull
#define TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_MASK) >> 16)
#define TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTROL_SOURCE_CONFIG_EDGE_MASK)
#define TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_LSB 17u
#define TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_MASK 0x20000ull
#define TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_MASK) >> 17)
#define TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_PREP(value) ((((unsigned long long)(value)) << 17) & TASKINTC_CONTROL_SOURCE_CONFIG_WAKE_ALL_MASK)
#define TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_LSB 18u
#define TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_MASK 0x40000ull
#define TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_MASK) >> 18)
#define TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_PREP(value) ((((unsigned long long)(value)) << 18) & TASKINTC_CONTROL_SOURCE_CONFIG_PERSISTENT_MASK)
#define TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_LSB 19u
#define TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_MASK 0x80000ull
#define TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_MASK) >> 19)
#define TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_PREP(value) ((((unsigned long long)(value)) << 19) & TASKINTC_CONTROL_SOURCE_CONFIG_MASKED_MASK)

/* control.nic_coalesce (wo): Interrupt coalescing of a NIC source: one event after K NIC events or T cycles after the first, whichever comes first. K <= 1 (K = 0 behaves as 1) and T = 0 turn it off. The NIC's acknowledge (nic_rx_ack / nic_tx_ack bit q) pulses for one cycle the cycle after a batch completes, and its mask output follows the source's masked bit one cycle after the source_config write. Edges arriving while the source is masked still count towards the current batch; a batch that completes while masked is dropped (its acknowledge still pulses). Neither this write nor masking resets a partial batch: a new K at or below its count, or a new T at or below its age, completes it in the next cycle. A source outside the NIC's sets BAD_ACCESS. */
#define TASKINTC_CONTROL_NIC_COALESCE 0x30u
#define TASKINTC_CONTROL_NIC_COALESCE_SOURCE_LSB 0u
#define TASKINTC_CONTROL_NIC_COALESCE_SOURCE_WIDTH 10u
#define TASKINTC_CONTROL_NIC_COALESCE_SOURCE_MASK 0x3FFull
#define TASKINTC_CONTROL_NIC_COALESCE_SOURCE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_NIC_COALESCE_SOURCE_MASK) >> 0)
#define TASKINTC_CONTROL_NIC_COALESCE_SOURCE_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_NIC_COALESCE_SOURCE_MASK)
#define TASKINTC_CONTROL_NIC_COALESCE_COUNT_LSB 10u
#define TASKINTC_CONTROL_NIC_COALESCE_COUNT_WIDTH 6u
#define TASKINTC_CONTROL_NIC_COALESCE_COUNT_MASK 0xFC00ull
#define TASKINTC_CONTROL_NIC_COALESCE_COUNT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_NIC_COALESCE_COUNT_MASK) >> 10)
#define TASKINTC_CONTROL_NIC_COALESCE_COUNT_PREP(value) ((((unsigned long long)(value)) << 10) & TASKINTC_CONTROL_NIC_COALESCE_COUNT_MASK)
#define TASKINTC_CONTROL_NIC_COALESCE_TIME_LSB 16u
#define TASKINTC_CONTROL_NIC_COALESCE_TIME_WIDTH 16u
#define TASKINTC_CONTROL_NIC_COALESCE_TIME_MASK 0xFFFF0000ull
#define TASKINTC_CONTROL_NIC_COALESCE_TIME_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_NIC_COALESCE_TIME_MASK) >> 16)
#define TASKINTC_CONTROL_NIC_COALESCE_TIME_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTROL_NIC_COALESCE_TIME_MASK)

/* control.inject (wo): Simulated event on a source, for tests and bring-up (privileged only): counted like an event on the source's line, so a masked source ignores it. With a task waiting and nothing else competing, its wakeup executes 5 cycles after the write is accepted (the count rises 2 cycles after, and the source is not picked while the write is still in the core); a dequeue accepted then returns the task. */
#define TASKINTC_CONTROL_INJECT 0x38u
#define TASKINTC_CONTROL_INJECT_SOURCE_LSB 0u
#define TASKINTC_CONTROL_INJECT_SOURCE_WIDTH 10u
#define TASKINTC_CONTROL_INJECT_SOURCE_MASK 0x3FFull
#define TASKINTC_CONTROL_INJECT_SOURCE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_INJECT_SOURCE_MASK) >> 0)
#define TASKINTC_CONTROL_INJECT_SOURCE_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_INJECT_SOURCE_MASK)

/* control.notify (ro): Kernel notification: a read returns the lowest context that had a task woken while no hart ran it, and clears it. The notify hart's supervisor software interrupt is high while any is pending. */
#define TASKINTC_CONTROL_NOTIFY 0x40u
#define TASKINTC_CONTROL_NOTIFY_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_NOTIFY_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_NOTIFY_CONTEXT_MASK 0xFFull
#define TASKINTC_CONTROL_NOTIFY_CONTEXT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_NOTIFY_CONTEXT_MASK) >> 0)
#define TASKINTC_CONTROL_NOTIFY_CONTEXT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_NOTIFY_CONTEXT_MASK)
#define TASKINTC_CONTROL_NOTIFY_VALID_LSB 31u
#define TASKINTC_CONTROL_NOTIFY_VALID_WIDTH 1u
#define TASKINTC_CONTROL_NOTIFY_VALID_MASK 0x80000000ull
#define TASKINTC_CONTROL_NOTIFY_VALID_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_NOTIFY_VALID_MASK) >> 31)
#define TASKINTC_CONTROL_NOTIFY_VALID_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTROL_NOTIFY_VALID_MASK)

/* control.notify_hart (wo): Hart whose supervisor software interrupt carries kernel notifications (reset 0). */
#define TASKINTC_CONTROL_NOTIFY_HART 0x48u
#define TASKINTC_CONTROL_NOTIFY_HART_HART_LSB 0u
#define TASKINTC_CONTROL_NOTIFY_HART_HART_WIDTH 5u
#define TASKINTC_CONTROL_NOTIFY_HART_HART_MASK 0x1Full
#define TASKINTC_CONTROL_NOTIFY_HART_HART_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_NOTIFY_HART_HART_MASK) >> 0)
#define TASKINTC_CONTROL_NOTIFY_HART_HART_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_NOTIFY_HART_HART_MASK)

/* control.usip (ro): Harts with a user software (preemption) interrupt pending; hart h's clears when it dequeues. A task with its preempt bit set made ready by a wakeup, a handler copy, a wait served from a pending event or an IPC delivery (not by enqueue) sets the bit of the hart, among those running its context (hart_context), whose current task has the lowest priority below the task's (an idle hart counts as lowest; the lowest-numbered hart among equals); none when each runs a task of equal or higher priority. Made ready that way in a context no hart runs, a task (preempt bit or not) notifies the kernel instead (notify). The usip and ssip outputs change 2 cycles after the operation that sets or clears them executes (the core's S1, the cycle after it is accepted); a notify_hart write moves ssip 1 cycle after it executes. */
#define TASKINTC_CONTROL_USIP 0x50u
#define TASKINTC_CONTROL_USIP_HARTS_LSB 0u
#define TASKINTC_CONTROL_USIP_HARTS_WIDTH 4u
#define TASKINTC_CONTROL_USIP_HARTS_MASK 0xFull
#define TASKINTC_CONTROL_USIP_HARTS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_USIP_HARTS_MASK) >> 0)
#define TASKINTC_CONTROL_USIP_HARTS_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_USIP_HARTS_MASK)

/* control.ipc_grant (wo): Grant (or revoke) the capability for a sender context to send to a receiver context on a channel. Out-of-range fields (channel 4, for system calls, included) set BAD_TARGET in ipc_error and change nothing. Revoking refuses later sends only: messages already in the receiver's inbox stay, and can be received and answered. Right behind it, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. */
#define TASKINTC_CONTROL_IPC_GRANT 0x58u
#define TASKINTC_CONTROL_IPC_GRANT_SENDER_LSB 0u
#define TASKINTC_CONTROL_IPC_GRANT_SENDER_WIDTH 8u
#define TASKINTC_CONTROL_IPC_GRANT_SENDER_MASK 0xFFull
#define TASKINTC_CONTROL_IPC_GRANT_SENDER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_GRANT_SENDER_MASK) >> 0)
#define TASKINTC_CONTROL_IPC_GRANT_SENDER_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_IPC_GRANT_SENDER_MASK)
#define TASKINTC_CONTROL_IPC_GRANT_RECEIVER_LSB 8u
#define TASKINTC_CONTROL_IPC_GRANT_RECEIVER_WIDTH 8u
#define TASKINTC_CONTROL_IPC_GRANT_RECEIVER_MASK 0xFF00ull
#define TASKINTC_CONTROL_IPC_GRANT_RECEIVER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_GRANT_RECEIVER_MASK) >> 8)
#define TASKINTC_CONTROL_IPC_GRANT_RECEIVER_PREP(value) ((((unsigned long long)(value)) << 8) & TASKINTC_CONTROL_IPC_GRANT_RECEIVER_MASK)
#define TASKINTC_CONTROL_IPC_GRANT_CHANNEL_LSB 16u
#define TASKINTC_CONTROL_IPC_GRANT_CHANNEL_WIDTH 4u
#define TASKINTC_CONTROL_IPC_GRANT_CHANNEL_MASK 0xF0000ull
#define TASKINTC_CONTROL_IPC_GRANT_CHANNEL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_GRANT_CHANNEL_MASK) >> 16)
#define TASKINTC_CONTROL_IPC_GRANT_CHANNEL_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTROL_IPC_GRANT_CHANNEL_MASK)
#define TASKINTC_CONTROL_IPC_GRANT_ALLOW_LSB 31u
#define TASKINTC_CONTROL_IPC_GRANT_ALLOW_WIDTH 1u
#define TASKINTC_CONTROL_IPC_GRANT_ALLOW_MASK 0x80000000ull
#define TASKINTC_CONTROL_IPC_GRANT_ALLOW_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_GRANT_ALLOW_MASK) >> 31)
#define TASKINTC_CONTROL_IPC_GRANT_ALLOW_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTROL_IPC_GRANT_ALLOW_MASK)

/* control.ipc_syscall_context (wo): The kernel context: receiver of every context's system calls (ipc_syscall), on channel 4. Reset 0. An out-of-range context sets BAD_TARGET in ipc_error and keeps the previous one. Right behind it, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. */
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT 0x60u
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_MASK 0xFFull
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_MASK) >> 0)
#define TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_IPC_SYSCALL_CONTEXT_CONTEXT_MASK)

/* control.ipc_error (rc): IPC errors of control-region writes; sticky, a read returns and clears them. */
#define TASKINTC_CONTROL_IPC_ERROR 0x68u
#define TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_LSB 0u
#define TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_MASK 0x1ull
#define TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_MASK) >> 0)
#define TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_IPC_ERROR_NO_CAPABILITY_MASK)
#define TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_LSB 1u
#define TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_MASK 0x2ull
#define TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_MASK) >> 1)
#define TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTROL_IPC_ERROR_MAILBOX_FULL_MASK)
#define TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_LSB 2u
#define TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_MASK 0x4ull
#define TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_MASK) >> 2)
#define TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_PREP(value) ((((unsigned long long)(value)) << 2) & TASKINTC_CONTROL_IPC_ERROR_NO_HANDLER_MASK)
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_LSB 3u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_MASK 0x8ull
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_MASK) >> 3)
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_PREP(value) ((((unsigned long long)(value)) << 3) & TASKINTC_CONTROL_IPC_ERROR_BAD_TARGET_MASK)
#define TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_LSB 4u
#define TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_MASK 0x10ull
#define TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_MASK) >> 4)
#define TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_PREP(value) ((((unsigned long long)(value)) << 4) & TASKINTC_CONTROL_IPC_ERROR_NO_MESSAGE_MASK)
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_LSB 5u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_MASK 0x20ull
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_MASK) >> 5)
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_PREP(value) ((((unsigned long long)(value)) << 5) & TASKINTC_CONTROL_IPC_ERROR_BAD_TASK_MASK)
#define TASKINTC_CONTROL_IPC_ERROR_BUSY_LSB 6u
#define TASKINTC_CONTROL_IPC_ERROR_BUSY_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_BUSY_MASK 0x40ull
#define TASKINTC_CONTROL_IPC_ERROR_BUSY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_BUSY_MASK) >> 6)
#define TASKINTC_CONTROL_IPC_ERROR_BUSY_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTROL_IPC_ERROR_BUSY_MASK)
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TOKEN_LSB 7u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TOKEN_WIDTH 1u
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TOKEN_MASK 0x80ull
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TOKEN_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_ERROR_BAD_TOKEN_MASK) >> 7)
#define TASKINTC_CONTROL_IPC_ERROR_BAD_TOKEN_PREP(value) ((((unsigned long long)(value)) << 7) & TASKINTC_CONTROL_IPC_ERROR_BAD_TOKEN_MASK)

/* control.ipc_scrub (wo): Give a context a clean mailbox before it serves a new process: its staged message and result words read 0 again until written, its channel handlers are unregistered, its inbox and reply box are emptied (messages in them are dropped unanswered), its ipc_error clears, and messages it sent that still wait in other inboxes lose their reply address (a reply to them only finishes them). The inbox, reply box and ipc_error are cleared in the cycle the scrub executes; then a sweep, one step per cycle, clears one inbox slot's reply address (of every context's slots) and one of the context's staged words and handlers per step, while IPC accesses wait: the next IPC access is accepted 35 cycles (the larger of contexts x mailbox depth and the context's rows: its message words, result words and channels + 1; then + 3) after the scrub is accepted. Ready queues, waiters, grants and deliveries already queued are not touched (first cancel the context's waiters while its grants stand, then revoke them and drain its ready queues). An out-of-range context sets BAD_TARGET in this page's ipc_error and changes nothing. */
#define TASKINTC_CONTROL_IPC_SCRUB 0x70u
#define TASKINTC_CONTROL_IPC_SCRUB_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_IPC_SCRUB_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_IPC_SCRUB_CONTEXT_MASK 0xFFull
#define TASKINTC_CONTROL_IPC_SCRUB_CONTEXT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_IPC_SCRUB_CONTEXT_MASK) >> 0)
#define TASKINTC_CONTROL_IPC_SCRUB_CONTEXT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_IPC_SCRUB_CONTEXT_MASK)

/* control.current_task (ro): Per hart: the task word it last dequeued (0 when its last dequeue found the queues empty). Lets the kernel see which task runs where and at what priority. */
#define TASKINTC_CONTROL_CURRENT_TASK(i) (0x100u + 8u * (i))
#define TASKINTC_CONTROL_CURRENT_TASK_COUNT 4u
#define TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_LSB 0u
#define TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_WIDTH 1u
#define TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_CURRENT_TASK_PREEMPT_MASK)
#define TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_LSB 1u
#define TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_WIDTH 5u
#define TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTROL_CURRENT_TASK_PRIORITY_MASK)
#define TASKINTC_CONTROL_CURRENT_TASK_POINTER_LSB 6u
#define TASKINTC_CONTROL_CURRENT_TASK_POINTER_WIDTH 58u
#define TASKINTC_CONTROL_CURRENT_TASK_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTROL_CURRENT_TASK_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_CURRENT_TASK_POINTER_MASK) >> 6)
#define TASKINTC_CONTROL_CURRENT_TASK_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTROL_CURRENT_TASK_POINTER_MASK)

/* control.current_context (ro): Per hart: the context of its last dequeue. */
#define TASKINTC_CONTROL_CURRENT_CONTEXT(i) (0x200u + 8u * (i))
#define TASKINTC_CONTROL_CURRENT_CONTEXT_COUNT 4u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_MASK 0xFFull
#define TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_MASK) >> 0)
#define TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_CURRENT_CONTEXT_CONTEXT_MASK)
#define TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_LSB 31u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_WIDTH 1u
#define TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_MASK 0x80000000ull
#define TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_MASK) >> 31)
#define TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTROL_CURRENT_CONTEXT_VALID_MASK)

/* control.hart_context (wo): Per hart: the context it runs, written by the kernel at each context switch. Wakeups into a context no hart runs raise a kernel notification. */
#define TASKINTC_CONTROL_HART_CONTEXT(i) (0x300u + 8u * (i))
#define TASKINTC_CONTROL_HART_CONTEXT_COUNT 4u
#define TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_LSB 0u
#define TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_WIDTH 8u
#define TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_MASK 0xFFull
#define TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_MASK) >> 0)
#define TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_HART_CONTEXT_CONTEXT_MASK)
#define TASKINTC_CONTROL_HART_CONTEXT_VALID_LSB 31u
#define TASKINTC_CONTROL_HART_CONTEXT_VALID_WIDTH 1u
#define TASKINTC_CONTROL_HART_CONTEXT_VALID_MASK 0x80000000ull
#define TASKINTC_CONTROL_HART_CONTEXT_VALID_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_HART_CONTEXT_VALID_MASK) >> 31)
#define TASKINTC_CONTROL_HART_CONTEXT_VALID_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTROL_HART_CONTEXT_VALID_MASK)

/* control.context_count (ro): Per context: tasks in its ready queues. */
#define TASKINTC_CONTROL_CONTEXT_COUNT(i) (0x400u + 8u * (i))
#define TASKINTC_CONTROL_CONTEXT_COUNT_COUNT 8u
#define TASKINTC_CONTROL_CONTEXT_COUNT_READY_LSB 0u
#define TASKINTC_CONTROL_CONTEXT_COUNT_READY_WIDTH 11u
#define TASKINTC_CONTROL_CONTEXT_COUNT_READY_MASK 0x7FFull
#define TASKINTC_CONTROL_CONTEXT_COUNT_READY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_CONTEXT_COUNT_READY_MASK) >> 0)
#define TASKINTC_CONTROL_CONTEXT_COUNT_READY_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_CONTEXT_COUNT_READY_MASK)

/* control.context_levels (ro): Per context: bitmap of priority levels that hold at least one task (bit p for level p). */
#define TASKINTC_CONTROL_CONTEXT_LEVELS(i) (0x800u + 8u * (i))
#define TASKINTC_CONTROL_CONTEXT_LEVELS_COUNT 8u
#define TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_LSB 0u
#define TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_WIDTH 8u
#define TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_MASK 0xFFull
#define TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_MASK) >> 0)
#define TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_CONTEXT_LEVELS_LEVELS_MASK)

/* control.source_status (ro): Per source: events not yet delivered and the source's state. A source with an event to deliver and a waiter (or a persistent handler and a free pool entry) has its next task made ready within 136 cycles (4 per source, plus 8), not counting cycles the core spends on removes. A pending count that would pass its maximum stays there and sets lost: the events beyond it are lost. */
#define TASKINTC_CONTROL_SOURCE_STATUS(i) (0xC00u + 8u * (i))
#define TASKINTC_CONTROL_SOURCE_STATUS_COUNT 32u
#define TASKINTC_CONTROL_SOURCE_STATUS_PENDING_LSB 0u
#define TASKINTC_CONTROL_SOURCE_STATUS_PENDING_WIDTH 16u
#define TASKINTC_CONTROL_SOURCE_STATUS_PENDING_MASK 0xFFFFull
#define TASKINTC_CONTROL_SOURCE_STATUS_PENDING_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_PENDING_MASK) >> 0)
#define TASKINTC_CONTROL_SOURCE_STATUS_PENDING_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTROL_SOURCE_STATUS_PENDING_MASK)
#define TASKINTC_CONTROL_SOURCE_STATUS_WAITING_LSB 24u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAITING_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAITING_MASK 0x1000000ull
#define TASKINTC_CONTROL_SOURCE_STATUS_WAITING_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_WAITING_MASK) >> 24)
#define TASKINTC_CONTROL_SOURCE_STATUS_WAITING_PREP(value) ((((unsigned long long)(value)) << 24) & TASKINTC_CONTROL_SOURCE_STATUS_WAITING_MASK)
#define TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_LSB 25u
#define TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_MASK 0x2000000ull
#define TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_MASK) >> 25)
#define TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_PREP(value) ((((unsigned long long)(value)) << 25) & TASKINTC_CONTROL_SOURCE_STATUS_HANDLER_MASK)
#define TASKINTC_CONTROL_SOURCE_STATUS_EDGE_LSB 26u
#define TASKINTC_CONTROL_SOURCE_STATUS_EDGE_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_EDGE_MASK 0x4000000ull
#define TASKINTC_CONTROL_SOURCE_STATUS_EDGE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_EDGE_MASK) >> 26)
#define TASKINTC_CONTROL_SOURCE_STATUS_EDGE_PREP(value) ((((unsigned long long)(value)) << 26) & TASKINTC_CONTROL_SOURCE_STATUS_EDGE_MASK)
#define TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_LSB 27u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_MASK 0x8000000ull
#define TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_MASK) >> 27)
#define TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_PREP(value) ((((unsigned long long)(value)) << 27) & TASKINTC_CONTROL_SOURCE_STATUS_WAKE_ALL_MASK)
#define TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_LSB 28u
#define TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_MASK 0x10000000ull
#define TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_MASK) >> 28)
#define TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_PREP(value) ((((unsigned long long)(value)) << 28) & TASKINTC_CONTROL_SOURCE_STATUS_PERSISTENT_MASK)
#define TASKINTC_CONTROL_SOURCE_STATUS_MASKED_LSB 29u
#define TASKINTC_CONTROL_SOURCE_STATUS_MASKED_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_MASKED_MASK 0x20000000ull
#define TASKINTC_CONTROL_SOURCE_STATUS_MASKED_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_MASKED_MASK) >> 29)
#define TASKINTC_CONTROL_SOURCE_STATUS_MASKED_PREP(value) ((((unsigned long long)(value)) << 29) & TASKINTC_CONTROL_SOURCE_STATUS_MASKED_MASK)
#define TASKINTC_CONTROL_SOURCE_STATUS_LOST_LSB 30u
#define TASKINTC_CONTROL_SOURCE_STATUS_LOST_WIDTH 1u
#define TASKINTC_CONTROL_SOURCE_STATUS_LOST_MASK 0x40000000ull
#define TASKINTC_CONTROL_SOURCE_STATUS_LOST_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTROL_SOURCE_STATUS_LOST_MASK) >> 30)
#define TASKINTC_CONTROL_SOURCE_STATUS_LOST_PREP(value) ((((unsigned long long)(value)) << 30) & TASKINTC_CONTROL_SOURCE_STATUS_LOST_MASK)

/* context.enqueue (wo): Write a task word: it joins the tail of its priority level. A refusal sets one error bit, the first that applies of BAD_PRIORITY, NULL_TASK, POOL_FULL. */
#define TASKINTC_CONTEXT_ENQUEUE 0x0u
#define TASKINTC_CONTEXT_ENQUEUE_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_ENQUEUE_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_ENQUEUE_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_ENQUEUE_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ENQUEUE_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_ENQUEUE_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_ENQUEUE_PREEMPT_MASK)
#define TASKINTC_CONTEXT_ENQUEUE_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_ENQUEUE_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_ENQUEUE_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_ENQUEUE_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ENQUEUE_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_ENQUEUE_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_ENQUEUE_PRIORITY_MASK)
#define TASKINTC_CONTEXT_ENQUEUE_POINTER_LSB 6u
#define TASKINTC_CONTEXT_ENQUEUE_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_ENQUEUE_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_ENQUEUE_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ENQUEUE_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_ENQUEUE_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_ENQUEUE_POINTER_MASK)

/* context.enqueue_head (wo): Write a task word: it joins the head of its priority level (for preempting wakeups). Refusals as enqueue. */
#define TASKINTC_CONTEXT_ENQUEUE_HEAD 0x8u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_ENQUEUE_HEAD_PREEMPT_MASK)
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_ENQUEUE_HEAD_PRIORITY_MASK)
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_LSB 6u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_ENQUEUE_HEAD_POINTER_MASK)

/* context.remove (wo): Write a task word: the oldest queued (ready) task equal to it is cancelled; BAD_PRIORITY, else NOT_FOUND when there is none. No other task moves. The core takes nothing else (no access, no wakeup) from the cycle the remove waits for its pipeline to drain (at most 2 cycles) until it answers: 1 cycle after it is accepted for a bad priority, j + 5 when the task had j tasks ahead of it, L + 2 when none of its level's L tasks equals it (2 for an empty level). */
#define TASKINTC_CONTEXT_REMOVE 0x10u
#define TASKINTC_CONTEXT_REMOVE_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_REMOVE_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_REMOVE_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_REMOVE_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_REMOVE_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_REMOVE_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_REMOVE_PREEMPT_MASK)
#define TASKINTC_CONTEXT_REMOVE_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_REMOVE_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_REMOVE_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_REMOVE_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_REMOVE_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_REMOVE_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_REMOVE_PRIORITY_MASK)
#define TASKINTC_CONTEXT_REMOVE_POINTER_LSB 6u
#define TASKINTC_CONTEXT_REMOVE_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_REMOVE_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_REMOVE_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_REMOVE_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_REMOVE_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_REMOVE_POINTER_MASK)

/* context.count (ro): Tasks in this context's ready queues. */
#define TASKINTC_CONTEXT_COUNT 0x18u
#define TASKINTC_CONTEXT_COUNT_READY_LSB 0u
#define TASKINTC_CONTEXT_COUNT_READY_WIDTH 11u
#define TASKINTC_CONTEXT_COUNT_READY_MASK 0x7FFull
#define TASKINTC_CONTEXT_COUNT_READY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_COUNT_READY_MASK) >> 0)
#define TASKINTC_CONTEXT_COUNT_READY_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_COUNT_READY_MASK)

/* context.levels (ro): Bitmap of this context's non-empty priority levels (bit p for level p). */
#define TASKINTC_CONTEXT_LEVELS 0x20u
#define TASKINTC_CONTEXT_LEVELS_LEVELS_LSB 0u
#define TASKINTC_CONTEXT_LEVELS_LEVELS_WIDTH 8u
#define TASKINTC_CONTEXT_LEVELS_LEVELS_MASK 0xFFull
#define TASKINTC_CONTEXT_LEVELS_LEVELS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_LEVELS_LEVELS_MASK) >> 0)
#define TASKINTC_CONTEXT_LEVELS_LEVELS_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_LEVELS_LEVELS_MASK)

/* context.error (rc): Errors of this context's operations; sticky, a read returns and clears them. A refused operation sets exactly one bit, by the precedence its register states. */
#define TASKINTC_CONTEXT_ERROR 0x28u
#define TASKINTC_CONTEXT_ERROR_POOL_FULL_LSB 0u
#define TASKINTC_CONTEXT_ERROR_POOL_FULL_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_POOL_FULL_MASK 0x1ull
#define TASKINTC_CONTEXT_ERROR_POOL_FULL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ERROR_POOL_FULL_MASK) >> 0)
#define TASKINTC_CONTEXT_ERROR_POOL_FULL_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_ERROR_POOL_FULL_MASK)
#define TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_MASK 0x2ull
#define TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_ERROR_BAD_PRIORITY_MASK)
#define TASKINTC_CONTEXT_ERROR_NULL_TASK_LSB 2u
#define TASKINTC_CONTEXT_ERROR_NULL_TASK_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_NULL_TASK_MASK 0x4ull
#define TASKINTC_CONTEXT_ERROR_NULL_TASK_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ERROR_NULL_TASK_MASK) >> 2)
#define TASKINTC_CONTEXT_ERROR_NULL_TASK_PREP(value) ((((unsigned long long)(value)) << 2) & TASKINTC_CONTEXT_ERROR_NULL_TASK_MASK)
#define TASKINTC_CONTEXT_ERROR_NOT_FOUND_LSB 3u
#define TASKINTC_CONTEXT_ERROR_NOT_FOUND_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_NOT_FOUND_MASK 0x8ull
#define TASKINTC_CONTEXT_ERROR_NOT_FOUND_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ERROR_NOT_FOUND_MASK) >> 3)
#define TASKINTC_CONTEXT_ERROR_NOT_FOUND_PREP(value) ((((unsigned long long)(value)) << 3) & TASKINTC_CONTEXT_ERROR_NOT_FOUND_MASK)
#define TASKINTC_CONTEXT_ERROR_BAD_ACCESS_LSB 4u
#define TASKINTC_CONTEXT_ERROR_BAD_ACCESS_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_BAD_ACCESS_MASK 0x10ull
#define TASKINTC_CONTEXT_ERROR_BAD_ACCESS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ERROR_BAD_ACCESS_MASK) >> 4)
#define TASKINTC_CONTEXT_ERROR_BAD_ACCESS_PREP(value) ((((unsigned long long)(value)) << 4) & TASKINTC_CONTEXT_ERROR_BAD_ACCESS_MASK)
#define TASKINTC_CONTEXT_ERROR_NOT_GRANTED_LSB 5u
#define TASKINTC_CONTEXT_ERROR_NOT_GRANTED_WIDTH 1u
#define TASKINTC_CONTEXT_ERROR_NOT_GRANTED_MASK 0x20ull
#define TASKINTC_CONTEXT_ERROR_NOT_GRANTED_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_ERROR_NOT_GRANTED_MASK) >> 5)
#define TASKINTC_CONTEXT_ERROR_NOT_GRANTED_PREP(value) ((((unsigned long long)(value)) << 5) & TASKINTC_CONTEXT_ERROR_NOT_GRANTED_MASK)

/* context.ipc_send (wo): Send the staged message (ipc_message) to a receiver's channel. Needs the kernel's grant; a refusal sets one bit, the first that applies of BAD_TARGET (receiver or channel out of range: channel 4, for system calls, is reached only by ipc_syscall), NO_CAPABILITY, BAD_TASK, NO_HANDLER, MAILBOX_FULL, BUSY, and leaves the message staged. A context may send to itself (with the grant (c, c, channel)). On success the receiver's handler for the channel is made ready (preempting like an interrupt wakeup when its preempt bit is set), dequeueable in the receiver's context 3 cycles after the send is accepted, and the message is copied (11 cycles) while IPC accesses wait: the next is accepted 14 cycles after the send (2 after a refused one). */
#define TASKINTC_CONTEXT_IPC_SEND 0x40u
#define TASKINTC_CONTEXT_IPC_SEND_RECEIVER_LSB 0u
#define TASKINTC_CONTEXT_IPC_SEND_RECEIVER_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_SEND_RECEIVER_MASK 0xFFull
#define TASKINTC_CONTEXT_IPC_SEND_RECEIVER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_SEND_RECEIVER_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_SEND_RECEIVER_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_SEND_RECEIVER_MASK)
#define TASKINTC_CONTEXT_IPC_SEND_CHANNEL_LSB 8u
#define TASKINTC_CONTEXT_IPC_SEND_CHANNEL_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_SEND_CHANNEL_MASK 0xF00ull
#define TASKINTC_CONTEXT_IPC_SEND_CHANNEL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_SEND_CHANNEL_MASK) >> 8)
#define TASKINTC_CONTEXT_IPC_SEND_CHANNEL_PREP(value) ((((unsigned long long)(value)) << 8) & TASKINTC_CONTEXT_IPC_SEND_CHANNEL_MASK)

/* context.ipc_syscall (wo): Send the staged message to the kernel context (ipc_syscall_context) on the system-call channel 4; no grant needed. Refusals and timing as ipc_send, refusals from BAD_TASK on. Written data is ignored. */
#define TASKINTC_CONTEXT_IPC_SYSCALL 0x48u
#define TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_LSB 0u
#define TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_MASK 0x1ull
#define TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_SYSCALL_IGNORED_MASK)

/* context.ipc_receive (ro): Finish the current message (without replying: its sender's task is not woken) and take the oldest waiting one, as ipc_take does; returns its header and token, or 0 when none is waiting (then no message is current). A server that answers one message at a time uses this and a token-less ipc_reply. Timing as ipc_take's read. */
#define TASKINTC_CONTEXT_IPC_RECEIVE 0x50u
#define TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_LSB 0u
#define TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_MASK 0xFFull
#define TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_RECEIVE_SENDER_MASK)
#define TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_LSB 8u
#define TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_MASK 0xF00ull
#define TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_MASK) >> 8)
#define TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_PREP(value) ((((unsigned long long)(value)) << 8) & TASKINTC_CONTEXT_IPC_RECEIVE_CHANNEL_MASK)
#define TASKINTC_CONTEXT_IPC_RECEIVE_TAG_LSB 12u
#define TASKINTC_CONTEXT_IPC_RECEIVE_TAG_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_RECEIVE_TAG_MASK 0xF000ull
#define TASKINTC_CONTEXT_IPC_RECEIVE_TAG_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RECEIVE_TAG_MASK) >> 12)
#define TASKINTC_CONTEXT_IPC_RECEIVE_TAG_PREP(value) ((((unsigned long long)(value)) << 12) & TASKINTC_CONTEXT_IPC_RECEIVE_TAG_MASK)
#define TASKINTC_CONTEXT_IPC_RECEIVE_SLOT_LSB 16u
#define TASKINTC_CONTEXT_IPC_RECEIVE_SLOT_WIDTH 6u
#define TASKINTC_CONTEXT_IPC_RECEIVE_SLOT_MASK 0x3F0000ull
#define TASKINTC_CONTEXT_IPC_RECEIVE_SLOT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RECEIVE_SLOT_MASK) >> 16)
#define TASKINTC_CONTEXT_IPC_RECEIVE_SLOT_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTEXT_IPC_RECEIVE_SLOT_MASK)
#define TASKINTC_CONTEXT_IPC_RECEIVE_OWNER_LSB 24u
#define TASKINTC_CONTEXT_IPC_RECEIVE_OWNER_WIDTH 7u
#define TASKINTC_CONTEXT_IPC_RECEIVE_OWNER_MASK 0x7F000000ull
#define TASKINTC_CONTEXT_IPC_RECEIVE_OWNER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RECEIVE_OWNER_MASK) >> 24)
#define TASKINTC_CONTEXT_IPC_RECEIVE_OWNER_PREP(value) ((((unsigned long long)(value)) << 24) & TASKINTC_CONTEXT_IPC_RECEIVE_OWNER_MASK)
#define TASKINTC_CONTEXT_IPC_RECEIVE_VALID_LSB 31u
#define TASKINTC_CONTEXT_IPC_RECEIVE_VALID_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_RECEIVE_VALID_MASK 0x80000000ull
#define TASKINTC_CONTEXT_IPC_RECEIVE_VALID_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RECEIVE_VALID_MASK) >> 31)
#define TASKINTC_CONTEXT_IPC_RECEIVE_VALID_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTEXT_IPC_RECEIVE_VALID_MASK)

/* context.ipc_reply (wo): Answer a message in service with the staged result (ipc_result) and finish it, freeing its slot. With valid set, the message the token names (write back the word ipc_take or ipc_receive returned; sender and channel are ignored); with valid clear, the current message (as before tokens; other bits ignored). When the message's task word is not 0 the result goes to the sender's reply box and that task is made ready in the sender's context; a task word with a zero pointer (whatever its low bits) asks for no reply, and the reply only finishes the message. Refusals, the first that applies: BAD_TOKEN (valid set and the token's owner is not this context, its slot is not below 4, the slot holds no message in service, or its tag differs: an answered message's token is refused unless a multiple of 16 messages have since arrived in its slot) or NO_MESSAGE (valid clear and no message current), then MAILBOX_FULL (the sender's reply box is full), BUSY; a refusal changes nothing (the message stays in service, the result staged), so a later ipc_reply retries. Answering the current message (by token or not) leaves no message current; answering another leaves the current one current. A reply executes over two cycles (it reads the sender's reply box in the first and decides in the second), so the next IPC access is accepted 3 cycles after an ipc_reply at the earliest; an accepted reply's task is dequeueable in the sender's context 4 cycles after the reply is accepted, and its result is copied (5 cycles) while IPC accesses wait: the next is accepted 9 cycles after the reply. */
#define TASKINTC_CONTEXT_IPC_REPLY 0x58u
#define TASKINTC_CONTEXT_IPC_REPLY_SENDER_LSB 0u
#define TASKINTC_CONTEXT_IPC_REPLY_SENDER_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_REPLY_SENDER_MASK 0xFFull
#define TASKINTC_CONTEXT_IPC_REPLY_SENDER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_SENDER_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_REPLY_SENDER_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_REPLY_SENDER_MASK)
#define TASKINTC_CONTEXT_IPC_REPLY_CHANNEL_LSB 8u
#define TASKINTC_CONTEXT_IPC_REPLY_CHANNEL_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_REPLY_CHANNEL_MASK 0xF00ull
#define TASKINTC_CONTEXT_IPC_REPLY_CHANNEL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_CHANNEL_MASK) >> 8)
#define TASKINTC_CONTEXT_IPC_REPLY_CHANNEL_PREP(value) ((((unsigned long long)(value)) << 8) & TASKINTC_CONTEXT_IPC_REPLY_CHANNEL_MASK)
#define TASKINTC_CONTEXT_IPC_REPLY_TAG_LSB 12u
#define TASKINTC_CONTEXT_IPC_REPLY_TAG_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_REPLY_TAG_MASK 0xF000ull
#define TASKINTC_CONTEXT_IPC_REPLY_TAG_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_TAG_MASK) >> 12)
#define TASKINTC_CONTEXT_IPC_REPLY_TAG_PREP(value) ((((unsigned long long)(value)) << 12) & TASKINTC_CONTEXT_IPC_REPLY_TAG_MASK)
#define TASKINTC_CONTEXT_IPC_REPLY_SLOT_LSB 16u
#define TASKINTC_CONTEXT_IPC_REPLY_SLOT_WIDTH 6u
#define TASKINTC_CONTEXT_IPC_REPLY_SLOT_MASK 0x3F0000ull
#define TASKINTC_CONTEXT_IPC_REPLY_SLOT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_SLOT_MASK) >> 16)
#define TASKINTC_CONTEXT_IPC_REPLY_SLOT_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTEXT_IPC_REPLY_SLOT_MASK)
#define TASKINTC_CONTEXT_IPC_REPLY_OWNER_LSB 24u
#define TASKINTC_CONTEXT_IPC_REPLY_OWNER_WIDTH 7u
#define TASKINTC_CONTEXT_IPC_REPLY_OWNER_MASK 0x7F000000ull
#define TASKINTC_CONTEXT_IPC_REPLY_OWNER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_OWNER_MASK) >> 24)
#define TASKINTC_CONTEXT_IPC_REPLY_OWNER_PREP(value) ((((unsigned long long)(value)) << 24) & TASKINTC_CONTEXT_IPC_REPLY_OWNER_MASK)
#define TASKINTC_CONTEXT_IPC_REPLY_VALID_LSB 31u
#define TASKINTC_CONTEXT_IPC_REPLY_VALID_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_REPLY_VALID_MASK 0x80000000ull
#define TASKINTC_CONTEXT_IPC_REPLY_VALID_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_VALID_MASK) >> 31)
#define TASKINTC_CONTEXT_IPC_REPLY_VALID_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTEXT_IPC_REPLY_VALID_MASK)

/* context.ipc_reply_pop (ro): Finish the current reply and make the oldest waiting one current; returns the task word of the message it answers, or 0 when the reply box is empty. Right behind it, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. */
#define TASKINTC_CONTEXT_IPC_REPLY_POP 0x60u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_REPLY_POP_PREEMPT_MASK)
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_IPC_REPLY_POP_PRIORITY_MASK)
#define TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_LSB 6u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_IPC_REPLY_POP_POINTER_MASK)

/* context.ipc_status (ro): This context's inbox and reply box. */
#define TASKINTC_CONTEXT_IPC_STATUS 0x68u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_LSB 0u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_MASK 0xFFull
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_STATUS_INBOX_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_STATUS_INBOX_MASK)
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_LSB 8u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_MASK 0x100ull
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_MASK) >> 8)
#define TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_PREP(value) ((((unsigned long long)(value)) << 8) & TASKINTC_CONTEXT_IPC_STATUS_INBOX_CURRENT_MASK)
#define TASKINTC_CONTEXT_IPC_STATUS_REPLIES_LSB 16u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLIES_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLIES_MASK 0xFF0000ull
#define TASKINTC_CONTEXT_IPC_STATUS_REPLIES_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_STATUS_REPLIES_MASK) >> 16)
#define TASKINTC_CONTEXT_IPC_STATUS_REPLIES_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTEXT_IPC_STATUS_REPLIES_MASK)
#define TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_LSB 24u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_MASK 0x1000000ull
#define TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_MASK) >> 24)
#define TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_PREP(value) ((((unsigned long long)(value)) << 24) & TASKINTC_CONTEXT_IPC_STATUS_REPLY_CURRENT_MASK)

/* context.ipc_error (rc): IPC errors of this context's operations; sticky, a read returns and clears them. */
#define TASKINTC_CONTEXT_IPC_ERROR 0x70u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_LSB 0u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_MASK 0x1ull
#define TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_ERROR_NO_CAPABILITY_MASK)
#define TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_LSB 1u
#define TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_MASK 0x2ull
#define TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_MASK) >> 1)
#define TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_IPC_ERROR_MAILBOX_FULL_MASK)
#define TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_LSB 2u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_MASK 0x4ull
#define TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_MASK) >> 2)
#define TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_PREP(value) ((((unsigned long long)(value)) << 2) & TASKINTC_CONTEXT_IPC_ERROR_NO_HANDLER_MASK)
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_LSB 3u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_MASK 0x8ull
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_MASK) >> 3)
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_PREP(value) ((((unsigned long long)(value)) << 3) & TASKINTC_CONTEXT_IPC_ERROR_BAD_TARGET_MASK)
#define TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_LSB 4u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_MASK 0x10ull
#define TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_MASK) >> 4)
#define TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_PREP(value) ((((unsigned long long)(value)) << 4) & TASKINTC_CONTEXT_IPC_ERROR_NO_MESSAGE_MASK)
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_LSB 5u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_MASK 0x20ull
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_MASK) >> 5)
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_PREP(value) ((((unsigned long long)(value)) << 5) & TASKINTC_CONTEXT_IPC_ERROR_BAD_TASK_MASK)
#define TASKINTC_CONTEXT_IPC_ERROR_BUSY_LSB 6u
#define TASKINTC_CONTEXT_IPC_ERROR_BUSY_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_BUSY_MASK 0x40ull
#define TASKINTC_CONTEXT_IPC_ERROR_BUSY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_BUSY_MASK) >> 6)
#define TASKINTC_CONTEXT_IPC_ERROR_BUSY_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_IPC_ERROR_BUSY_MASK)
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TOKEN_LSB 7u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TOKEN_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TOKEN_MASK 0x80ull
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TOKEN_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_ERROR_BAD_TOKEN_MASK) >> 7)
#define TASKINTC_CONTEXT_IPC_ERROR_BAD_TOKEN_PREP(value) ((((unsigned long long)(value)) << 7) & TASKINTC_CONTEXT_IPC_ERROR_BAD_TOKEN_MASK)

/* context.ipc_take (rw): Read: take the oldest waiting message into service and make it current (its words in ipc_rx); the message that was current stays in service. Returns its header and token, or 0 when none is waiting (the current message stays current). A message stays in service, holding its inbox slot, until ipc_reply answers it (or ipc_receive finishes it while current, or ipc_scrub), so at most 4 (the mailbox depth) are waiting or in service at once and they can be answered in any order. A message arriving takes the lowest free slot; the token names (owner context, slot, tag), the tag counting the messages that arrived in that slot, modulo 16 (reset 0: the first message in a slot has tag 1; ipc_scrub keeps it). Like every IPC access it answers 2 cycles after it is accepted; an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read, and an ipc_receive or ipc_take read, right behind it (of any context) waits one cycle. Write a token (valid set) to make that message in service current again (its words in ipc_rx), e.g. to read a request after taking others; a token that names no message this context has in service (as for ipc_reply) sets BAD_TOKEN and changes nothing, and so does a write with valid clear. */
#define TASKINTC_CONTEXT_IPC_TAKE 0x78u
#define TASKINTC_CONTEXT_IPC_TAKE_SENDER_LSB 0u
#define TASKINTC_CONTEXT_IPC_TAKE_SENDER_WIDTH 8u
#define TASKINTC_CONTEXT_IPC_TAKE_SENDER_MASK 0xFFull
#define TASKINTC_CONTEXT_IPC_TAKE_SENDER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_TAKE_SENDER_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_TAKE_SENDER_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_TAKE_SENDER_MASK)
#define TASKINTC_CONTEXT_IPC_TAKE_CHANNEL_LSB 8u
#define TASKINTC_CONTEXT_IPC_TAKE_CHANNEL_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_TAKE_CHANNEL_MASK 0xF00ull
#define TASKINTC_CONTEXT_IPC_TAKE_CHANNEL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_TAKE_CHANNEL_MASK) >> 8)
#define TASKINTC_CONTEXT_IPC_TAKE_CHANNEL_PREP(value) ((((unsigned long long)(value)) << 8) & TASKINTC_CONTEXT_IPC_TAKE_CHANNEL_MASK)
#define TASKINTC_CONTEXT_IPC_TAKE_TAG_LSB 12u
#define TASKINTC_CONTEXT_IPC_TAKE_TAG_WIDTH 4u
#define TASKINTC_CONTEXT_IPC_TAKE_TAG_MASK 0xF000ull
#define TASKINTC_CONTEXT_IPC_TAKE_TAG_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_TAKE_TAG_MASK) >> 12)
#define TASKINTC_CONTEXT_IPC_TAKE_TAG_PREP(value) ((((unsigned long long)(value)) << 12) & TASKINTC_CONTEXT_IPC_TAKE_TAG_MASK)
#define TASKINTC_CONTEXT_IPC_TAKE_SLOT_LSB 16u
#define TASKINTC_CONTEXT_IPC_TAKE_SLOT_WIDTH 6u
#define TASKINTC_CONTEXT_IPC_TAKE_SLOT_MASK 0x3F0000ull
#define TASKINTC_CONTEXT_IPC_TAKE_SLOT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_TAKE_SLOT_MASK) >> 16)
#define TASKINTC_CONTEXT_IPC_TAKE_SLOT_PREP(value) ((((unsigned long long)(value)) << 16) & TASKINTC_CONTEXT_IPC_TAKE_SLOT_MASK)
#define TASKINTC_CONTEXT_IPC_TAKE_OWNER_LSB 24u
#define TASKINTC_CONTEXT_IPC_TAKE_OWNER_WIDTH 7u
#define TASKINTC_CONTEXT_IPC_TAKE_OWNER_MASK 0x7F000000ull
#define TASKINTC_CONTEXT_IPC_TAKE_OWNER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_TAKE_OWNER_MASK) >> 24)
#define TASKINTC_CONTEXT_IPC_TAKE_OWNER_PREP(value) ((((unsigned long long)(value)) << 24) & TASKINTC_CONTEXT_IPC_TAKE_OWNER_MASK)
#define TASKINTC_CONTEXT_IPC_TAKE_VALID_LSB 31u
#define TASKINTC_CONTEXT_IPC_TAKE_VALID_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_TAKE_VALID_MASK 0x80000000ull
#define TASKINTC_CONTEXT_IPC_TAKE_VALID_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_TAKE_VALID_MASK) >> 31)
#define TASKINTC_CONTEXT_IPC_TAKE_VALID_PREP(value) ((((unsigned long long)(value)) << 31) & TASKINTC_CONTEXT_IPC_TAKE_VALID_MASK)

/* context.dequeue (ro): Per hart: a read pops the highest-priority task (FIFO within a level) and returns its word, or 0 when the context has none; the word becomes that hart's current_task and its preemption interrupt clears. */
#define TASKINTC_CONTEXT_DEQUEUE(i) (0x100u + 8u * (i))
#define TASKINTC_CONTEXT_DEQUEUE_COUNT 4u
#define TASKINTC_CONTEXT_DEQUEUE_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_DEQUEUE_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_DEQUEUE_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_DEQUEUE_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_DEQUEUE_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_DEQUEUE_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_DEQUEUE_PREEMPT_MASK)
#define TASKINTC_CONTEXT_DEQUEUE_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_DEQUEUE_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_DEQUEUE_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_DEQUEUE_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_DEQUEUE_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_DEQUEUE_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_DEQUEUE_PRIORITY_MASK)
#define TASKINTC_CONTEXT_DEQUEUE_POINTER_LSB 6u
#define TASKINTC_CONTEXT_DEQUEUE_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_DEQUEUE_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_DEQUEUE_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_DEQUEUE_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_DEQUEUE_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_DEQUEUE_POINTER_MASK)

/* context.ipc_handler (rw): Per channel (4: system calls, used on the kernel context): the task made ready for each message received on it. A word with a zero pointer (whatever its low bits) unregisters it and reads back as 0; one naming a task beyond the levels sets BAD_TASK and keeps the handler. Without a handler, sends to the channel are refused (NO_HANDLER) and stay staged. Right behind a write, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. */
#define TASKINTC_CONTEXT_IPC_HANDLER(i) (0x200u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_HANDLER_COUNT 5u
#define TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_HANDLER_PREEMPT_MASK)
#define TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_IPC_HANDLER_PRIORITY_MASK)
#define TASKINTC_CONTEXT_IPC_HANDLER_POINTER_LSB 6u
#define TASKINTC_CONTEXT_IPC_HANDLER_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_IPC_HANDLER_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_IPC_HANDLER_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_HANDLER_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_IPC_HANDLER_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_IPC_HANDLER_POINTER_MASK)

/* context.ipc_result (rw): The staged result (40 bytes) of the next ipc_reply. A word reads (and is sent) as 0 until written since reset or the context's last ipc_scrub. Right behind a write, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. */
#define TASKINTC_CONTEXT_IPC_RESULT(i) (0x280u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_RESULT_COUNT 5u
#define TASKINTC_CONTEXT_IPC_RESULT_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_RESULT_WORD_WIDTH 64u
#define TASKINTC_CONTEXT_IPC_RESULT_WORD_MASK 0xFFFFFFFFFFFFFFFFull
#define TASKINTC_CONTEXT_IPC_RESULT_WORD_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RESULT_WORD_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_RESULT_WORD_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_RESULT_WORD_MASK)

/* context.ipc_reply_data (ro): The current reply's result (0 when there is none). */
#define TASKINTC_CONTEXT_IPC_REPLY_DATA(i) (0x300u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_COUNT 5u
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_WIDTH 64u
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_MASK 0xFFFFFFFFFFFFFFFFull
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_REPLY_DATA_WORD_MASK)

/* context.ipc_message (rw): The staged message: word 0 process-info pointer, word 1 the task to wake with the reply (0: no reply wanted), word 2 IPC type, then 64 bytes of arguments. A word reads (and is sent) as 0 until written since reset or the context's last ipc_scrub. Right behind a write, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, ipc_message, ipc_result or ipc_handler read (of any context) waits one cycle. */
#define TASKINTC_CONTEXT_IPC_MESSAGE(i) (0x400u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_MESSAGE_COUNT 11u
#define TASKINTC_CONTEXT_IPC_MESSAGE_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_MESSAGE_WORD_WIDTH 64u
#define TASKINTC_CONTEXT_IPC_MESSAGE_WORD_MASK 0xFFFFFFFFFFFFFFFFull
#define TASKINTC_CONTEXT_IPC_MESSAGE_WORD_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_MESSAGE_WORD_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_MESSAGE_WORD_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_MESSAGE_WORD_MASK)

/* context.ipc_rx (ro): The current received message, same layout as ipc_message (0 when there is none). */
#define TASKINTC_CONTEXT_IPC_RX(i) (0x600u + 8u * (i))
#define TASKINTC_CONTEXT_IPC_RX_COUNT 11u
#define TASKINTC_CONTEXT_IPC_RX_WORD_LSB 0u
#define TASKINTC_CONTEXT_IPC_RX_WORD_WIDTH 64u
#define TASKINTC_CONTEXT_IPC_RX_WORD_MASK 0xFFFFFFFFFFFFFFFFull
#define TASKINTC_CONTEXT_IPC_RX_WORD_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_IPC_RX_WORD_MASK) >> 0)
#define TASKINTC_CONTEXT_IPC_RX_WORD_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_IPC_RX_WORD_MASK)

/* context.wait (wo): Per source s: write a task word to wait on s. One write: the task is parked in the controller and moved to its ready queue by an event of the source, waiters in the order they came (at the head of its level when its preempt bit is set); an event already pending wakes it at once when no other waiter is queued. On a persistent source the word becomes the source's handler, replacing the one registered (no pool entry taken), and each event already pending makes a copy of it, as later ones do. A refusal sets one error bit, the first that applies of NOT_GRANTED, BAD_PRIORITY, NULL_TASK, POOL_FULL (never POOL_FULL on a persistent source). */
#define TASKINTC_CONTEXT_WAIT(i) (0x800u + 8u * (i))
#define TASKINTC_CONTEXT_WAIT_COUNT 32u
#define TASKINTC_CONTEXT_WAIT_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_WAIT_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_WAIT_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_WAIT_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_WAIT_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_WAIT_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_WAIT_PREEMPT_MASK)
#define TASKINTC_CONTEXT_WAIT_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_WAIT_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_WAIT_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_WAIT_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_WAIT_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_WAIT_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_WAIT_PRIORITY_MASK)
#define TASKINTC_CONTEXT_WAIT_POINTER_LSB 6u
#define TASKINTC_CONTEXT_WAIT_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_WAIT_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_WAIT_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_WAIT_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_WAIT_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_WAIT_POINTER_MASK)

/* context.cancel_wait (wo): Per source s: write a task word to take it off s's wait list (for timeouts and select). The oldest waiter of s that is this context's and equal to the word is cancelled: its pool entry is freed and no other waiter moves. The result, in this context's error register: nothing set when it was waiting and is cancelled; else one bit, the first that applies of NOT_GRANTED (the context is not granted s), NOT_FOUND (no such waiter: already woken, or never waited). Events are never touched: a pending count stays, an event arriving during the walk stays pending and goes to the next waiter (or waits for one). A persistent handler is not a waiter (source_config clears it). Timing: the core takes nothing else (no access, no wakeup, no new pick) from the cycle the cancel is offered, while it waits for a wakeup already picked and its pipeline to drain (at most 3 cycles), until it answers: 2 cycles after it is accepted when refused or when s has no waiter, j + 5 when the task had j waiters ahead of it, L + 2 when none of s's L waiters is it. */
#define TASKINTC_CONTEXT_CANCEL_WAIT(i) (0x900u + 8u * (i))
#define TASKINTC_CONTEXT_CANCEL_WAIT_COUNT 32u
#define TASKINTC_CONTEXT_CANCEL_WAIT_PREEMPT_LSB 0u
#define TASKINTC_CONTEXT_CANCEL_WAIT_PREEMPT_WIDTH 1u
#define TASKINTC_CONTEXT_CANCEL_WAIT_PREEMPT_MASK 0x1ull
#define TASKINTC_CONTEXT_CANCEL_WAIT_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_CANCEL_WAIT_PREEMPT_MASK) >> 0)
#define TASKINTC_CONTEXT_CANCEL_WAIT_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_CONTEXT_CANCEL_WAIT_PREEMPT_MASK)
#define TASKINTC_CONTEXT_CANCEL_WAIT_PRIORITY_LSB 1u
#define TASKINTC_CONTEXT_CANCEL_WAIT_PRIORITY_WIDTH 5u
#define TASKINTC_CONTEXT_CANCEL_WAIT_PRIORITY_MASK 0x3Eull
#define TASKINTC_CONTEXT_CANCEL_WAIT_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_CANCEL_WAIT_PRIORITY_MASK) >> 1)
#define TASKINTC_CONTEXT_CANCEL_WAIT_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_CONTEXT_CANCEL_WAIT_PRIORITY_MASK)
#define TASKINTC_CONTEXT_CANCEL_WAIT_POINTER_LSB 6u
#define TASKINTC_CONTEXT_CANCEL_WAIT_POINTER_WIDTH 58u
#define TASKINTC_CONTEXT_CANCEL_WAIT_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_CONTEXT_CANCEL_WAIT_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_CONTEXT_CANCEL_WAIT_POINTER_MASK) >> 6)
#define TASKINTC_CONTEXT_CANCEL_WAIT_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_CONTEXT_CANCEL_WAIT_POINTER_MASK)

/* Layout task_word. */
#define TASKINTC_TASK_WORD_PREEMPT_LSB 0u
#define TASKINTC_TASK_WORD_PREEMPT_WIDTH 1u
#define TASKINTC_TASK_WORD_PREEMPT_MASK 0x1ull
#define TASKINTC_TASK_WORD_PREEMPT_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_TASK_WORD_PREEMPT_MASK) >> 0)
#define TASKINTC_TASK_WORD_PREEMPT_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_TASK_WORD_PREEMPT_MASK)
#define TASKINTC_TASK_WORD_PRIORITY_LSB 1u
#define TASKINTC_TASK_WORD_PRIORITY_WIDTH 5u
#define TASKINTC_TASK_WORD_PRIORITY_MASK 0x3Eull
#define TASKINTC_TASK_WORD_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_TASK_WORD_PRIORITY_MASK) >> 1)
#define TASKINTC_TASK_WORD_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_TASK_WORD_PRIORITY_MASK)
#define TASKINTC_TASK_WORD_POINTER_LSB 6u
#define TASKINTC_TASK_WORD_POINTER_WIDTH 58u
#define TASKINTC_TASK_WORD_POINTER_MASK 0xFFFFFFFFFFFFFFC0ull
#define TASKINTC_TASK_WORD_POINTER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_TASK_WORD_POINTER_MASK) >> 6)
#define TASKINTC_TASK_WORD_POINTER_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_TASK_WORD_POINTER_MASK)

/* Layout error. */
#define TASKINTC_ERROR_POOL_FULL_LSB 0u
#define TASKINTC_ERROR_POOL_FULL_WIDTH 1u
#define TASKINTC_ERROR_POOL_FULL_MASK 0x1ull
#define TASKINTC_ERROR_POOL_FULL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_ERROR_POOL_FULL_MASK) >> 0)
#define TASKINTC_ERROR_POOL_FULL_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_ERROR_POOL_FULL_MASK)
#define TASKINTC_ERROR_BAD_PRIORITY_LSB 1u
#define TASKINTC_ERROR_BAD_PRIORITY_WIDTH 1u
#define TASKINTC_ERROR_BAD_PRIORITY_MASK 0x2ull
#define TASKINTC_ERROR_BAD_PRIORITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_ERROR_BAD_PRIORITY_MASK) >> 1)
#define TASKINTC_ERROR_BAD_PRIORITY_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_ERROR_BAD_PRIORITY_MASK)
#define TASKINTC_ERROR_NULL_TASK_LSB 2u
#define TASKINTC_ERROR_NULL_TASK_WIDTH 1u
#define TASKINTC_ERROR_NULL_TASK_MASK 0x4ull
#define TASKINTC_ERROR_NULL_TASK_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_ERROR_NULL_TASK_MASK) >> 2)
#define TASKINTC_ERROR_NULL_TASK_PREP(value) ((((unsigned long long)(value)) << 2) & TASKINTC_ERROR_NULL_TASK_MASK)
#define TASKINTC_ERROR_NOT_FOUND_LSB 3u
#define TASKINTC_ERROR_NOT_FOUND_WIDTH 1u
#define TASKINTC_ERROR_NOT_FOUND_MASK 0x8ull
#define TASKINTC_ERROR_NOT_FOUND_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_ERROR_NOT_FOUND_MASK) >> 3)
#define TASKINTC_ERROR_NOT_FOUND_PREP(value) ((((unsigned long long)(value)) << 3) & TASKINTC_ERROR_NOT_FOUND_MASK)
#define TASKINTC_ERROR_BAD_ACCESS_LSB 4u
#define TASKINTC_ERROR_BAD_ACCESS_WIDTH 1u
#define TASKINTC_ERROR_BAD_ACCESS_MASK 0x10ull
#define TASKINTC_ERROR_BAD_ACCESS_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_ERROR_BAD_ACCESS_MASK) >> 4)
#define TASKINTC_ERROR_BAD_ACCESS_PREP(value) ((((unsigned long long)(value)) << 4) & TASKINTC_ERROR_BAD_ACCESS_MASK)
#define TASKINTC_ERROR_NOT_GRANTED_LSB 5u
#define TASKINTC_ERROR_NOT_GRANTED_WIDTH 1u
#define TASKINTC_ERROR_NOT_GRANTED_MASK 0x20ull
#define TASKINTC_ERROR_NOT_GRANTED_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_ERROR_NOT_GRANTED_MASK) >> 5)
#define TASKINTC_ERROR_NOT_GRANTED_PREP(value) ((((unsigned long long)(value)) << 5) & TASKINTC_ERROR_NOT_GRANTED_MASK)

/* Layout ipc_error. */
#define TASKINTC_IPC_ERROR_NO_CAPABILITY_LSB 0u
#define TASKINTC_IPC_ERROR_NO_CAPABILITY_WIDTH 1u
#define TASKINTC_IPC_ERROR_NO_CAPABILITY_MASK 0x1ull
#define TASKINTC_IPC_ERROR_NO_CAPABILITY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_NO_CAPABILITY_MASK) >> 0)
#define TASKINTC_IPC_ERROR_NO_CAPABILITY_PREP(value) ((((unsigned long long)(value)) << 0) & TASKINTC_IPC_ERROR_NO_CAPABILITY_MASK)
#define TASKINTC_IPC_ERROR_MAILBOX_FULL_LSB 1u
#define TASKINTC_IPC_ERROR_MAILBOX_FULL_WIDTH 1u
#define TASKINTC_IPC_ERROR_MAILBOX_FULL_MASK 0x2ull
#define TASKINTC_IPC_ERROR_MAILBOX_FULL_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_MAILBOX_FULL_MASK) >> 1)
#define TASKINTC_IPC_ERROR_MAILBOX_FULL_PREP(value) ((((unsigned long long)(value)) << 1) & TASKINTC_IPC_ERROR_MAILBOX_FULL_MASK)
#define TASKINTC_IPC_ERROR_NO_HANDLER_LSB 2u
#define TASKINTC_IPC_ERROR_NO_HANDLER_WIDTH 1u
#define TASKINTC_IPC_ERROR_NO_HANDLER_MASK 0x4ull
#define TASKINTC_IPC_ERROR_NO_HANDLER_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_NO_HANDLER_MASK) >> 2)
#define TASKINTC_IPC_ERROR_NO_HANDLER_PREP(value) ((((unsigned long long)(value)) << 2) & TASKINTC_IPC_ERROR_NO_HANDLER_MASK)
#define TASKINTC_IPC_ERROR_BAD_TARGET_LSB 3u
#define TASKINTC_IPC_ERROR_BAD_TARGET_WIDTH 1u
#define TASKINTC_IPC_ERROR_BAD_TARGET_MASK 0x8ull
#define TASKINTC_IPC_ERROR_BAD_TARGET_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_BAD_TARGET_MASK) >> 3)
#define TASKINTC_IPC_ERROR_BAD_TARGET_PREP(value) ((((unsigned long long)(value)) << 3) & TASKINTC_IPC_ERROR_BAD_TARGET_MASK)
#define TASKINTC_IPC_ERROR_NO_MESSAGE_LSB 4u
#define TASKINTC_IPC_ERROR_NO_MESSAGE_WIDTH 1u
#define TASKINTC_IPC_ERROR_NO_MESSAGE_MASK 0x10ull
#define TASKINTC_IPC_ERROR_NO_MESSAGE_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_NO_MESSAGE_MASK) >> 4)
#define TASKINTC_IPC_ERROR_NO_MESSAGE_PREP(value) ((((unsigned long long)(value)) << 4) & TASKINTC_IPC_ERROR_NO_MESSAGE_MASK)
#define TASKINTC_IPC_ERROR_BAD_TASK_LSB 5u
#define TASKINTC_IPC_ERROR_BAD_TASK_WIDTH 1u
#define TASKINTC_IPC_ERROR_BAD_TASK_MASK 0x20ull
#define TASKINTC_IPC_ERROR_BAD_TASK_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_BAD_TASK_MASK) >> 5)
#define TASKINTC_IPC_ERROR_BAD_TASK_PREP(value) ((((unsigned long long)(value)) << 5) & TASKINTC_IPC_ERROR_BAD_TASK_MASK)
#define TASKINTC_IPC_ERROR_BUSY_LSB 6u
#define TASKINTC_IPC_ERROR_BUSY_WIDTH 1u
#define TASKINTC_IPC_ERROR_BUSY_MASK 0x40ull
#define TASKINTC_IPC_ERROR_BUSY_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_BUSY_MASK) >> 6)
#define TASKINTC_IPC_ERROR_BUSY_PREP(value) ((((unsigned long long)(value)) << 6) & TASKINTC_IPC_ERROR_BUSY_MASK)
#define TASKINTC_IPC_ERROR_BAD_TOKEN_LSB 7u
#define TASKINTC_IPC_ERROR_BAD_TOKEN_WIDTH 1u
#define TASKINTC_IPC_ERROR_BAD_TOKEN_MASK 0x80ull
#define TASKINTC_IPC_ERROR_BAD_TOKEN_GET(reg) ((((unsigned long long)(reg)) & TASKINTC_IPC_ERROR_BAD_TOKEN_MASK) >> 7)
#define TASKINTC_IPC_ERROR_BAD_TOKEN_PREP(value) ((((unsigned long long)(value)) << 7) & TASKINTC_IPC_ERROR_BAD_TOKEN_MASK)

#endif /* TASKINTC_REGS_H */
