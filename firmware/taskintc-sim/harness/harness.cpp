// Cycle-by-cycle AXI4-Lite master and interrupt-line driver around the Verilated generated top.
// Built by `make firmware-sim` into a static library that taskintc-sim reaches through a C ABI.
// The top's module name is given as the Verilator prefix `Vtop`; its generated register header
// (TOP_HEADER, e.g. "TaskIntc.h", macros prefixed TOP_PREFIX) gives the numbers of sources and
// NIC queues, so the same harness serves every AXI4-Lite configuration.
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "Vtop.h"
#include "verilated.h"
#include TOP_HEADER

// The header's macros carry the top's name in capitals (TOP_PREFIX, e.g. TASKINTC).
#define TI_PASTE2(a, b) a##_##b
#define TI_PASTE(a, b) TI_PASTE2(a, b)
#define TI(name) TI_PASTE(TOP_PREFIX, name)

namespace {

template <class T>
void set_bit(T& word, unsigned bit, bool on) {
    if (on) word = static_cast<T>(word | (static_cast<T>(1) << bit));
    else word = static_cast<T>(word & ~(static_cast<T>(1) << bit));
}

template <std::size_t N>
void set_bit(VlWide<N>& word, unsigned bit, bool on) {
    EData& e = word[bit / 32];
    if (on) e |= (1u << (bit % 32));
    else e &= ~(1u << (bit % 32));
}

constexpr unsigned kSources = TI(SOURCES);
constexpr unsigned kNicQueues = TI(NIC_QUEUES);

struct LineChange {
    uint32_t source;
    bool level;
};

struct Harness {
    std::unique_ptr<VerilatedContext> context;
    std::unique_ptr<Vtop> top;
    uint64_t cycle = 0;
    // Line changes to apply when the cycle counter reaches the key (test stimulus that lands while
    // software runs, the way a device interrupt would).
    std::multimap<uint64_t, LineChange> scheduled;

    Harness() : context(new VerilatedContext), top(new Vtop(context.get(), "top")) {
        top->clk = 0;
        top->reset = 1;
        top->axi_awvalid = 0;
        top->axi_wvalid = 0;
        top->axi_bready = 0;
        top->axi_arvalid = 0;
        top->axi_rready = 0;
        top->axi_awprot = 0;
        top->axi_arprot = 0;
        top->eval();
        for (int i = 0; i < 4; i++) tick();
        top->reset = 0;
        top->eval();
    }

    ~Harness() { top->final(); }

    bool set_line(uint32_t s, bool level) {
        if (s >= kSources) return false;
#if TI(NIC_QUEUES) > 0
        if (s < kNicQueues) {
            set_bit(top->nic_rx_irq, s, level);
            return true;
        }
        if (s < 2 * kNicQueues) {
            set_bit(top->nic_tx_irq, s - kNicQueues, level);
            return true;
        }
#endif
#if TI(SOURCES) > 2 * TI(NIC_QUEUES)
        set_bit(top->irq, s - 2 * kNicQueues, level);
        return true;
#else
        return false;
#endif
    }

    // One rising edge of clk; inputs set before the call are sampled at that edge.
    void tick() {
        top->clk = 1;
        top->eval();
        top->clk = 0;
        top->eval();
        cycle++;
        context->timeInc(1);
        auto end = scheduled.upper_bound(cycle);
        for (auto it = scheduled.begin(); it != end; ++it) set_line(it->second.source, it->second.level);
        scheduled.erase(scheduled.begin(), end);
        top->eval();
    }

    // Returns the write response (0 OKAY, 2 SLVERR) or -1 when the slave did not answer in time.
    int write(uint32_t address, uint64_t data, uint32_t strobe, uint64_t timeout) {
        top->axi_awaddr = address;
        top->axi_wdata = data;
        top->axi_wstrb = strobe;
        top->axi_awvalid = 1;
        top->axi_wvalid = 1;
        top->axi_bready = 1;
        bool addressDone = false, dataDone = false;
        for (uint64_t t = 0; t < timeout; t++) {
            top->eval();
            bool addressFire = top->axi_awvalid && top->axi_awready;
            bool dataFire = top->axi_wvalid && top->axi_wready;
            bool responseFire = addressDone && dataDone && top->axi_bvalid;
            int response = top->axi_bresp;
            tick();
            if (addressFire) { addressDone = true; top->axi_awvalid = 0; }
            if (dataFire) { dataDone = true; top->axi_wvalid = 0; }
            if (responseFire) {
                top->axi_bready = 0;
                top->eval();
                return response;
            }
        }
        top->axi_awvalid = 0;
        top->axi_wvalid = 0;
        top->axi_bready = 0;
        return -1;
    }

    int read(uint32_t address, uint64_t* data, uint64_t timeout) {
        top->axi_araddr = address;
        top->axi_arvalid = 1;
        top->axi_rready = 1;
        bool addressDone = false;
        for (uint64_t t = 0; t < timeout; t++) {
            top->eval();
            bool addressFire = top->axi_arvalid && top->axi_arready;
            bool responseFire = addressDone && top->axi_rvalid;
            uint64_t value = top->axi_rdata;
            int response = top->axi_rresp;
            tick();
            if (addressFire) { addressDone = true; top->axi_arvalid = 0; }
            if (responseFire) {
                top->axi_rready = 0;
                top->eval();
                *data = value;
                return response;
            }
        }
        top->axi_arvalid = 0;
        top->axi_rready = 0;
        return -1;
    }

};

}  // namespace

extern "C" {

void* tis_new() { return new Harness(); }
void tis_free(void* h) { delete static_cast<Harness*>(h); }
uint32_t tis_sources() { return kSources; }
uint32_t tis_nic_queues() { return kNicQueues; }
uint32_t tis_data_bits() { return TI(TASK_WIDTH); }
// IPC sizes of the top (all 0 without an IPC unit; an undefined macro is 0 in #if).
#if TI(IPC_CHANNELS) > 0
uint32_t tis_ipc_channels() { return TI(IPC_CHANNELS); }
uint32_t tis_mailbox_depth() { return TI(MAILBOX_DEPTH); }
uint32_t tis_ipc_message_words() { return TI(IPC_MESSAGE_WORDS); }
uint32_t tis_ipc_result_words() { return TI(IPC_RESULT_WORDS); }
#else
uint32_t tis_ipc_channels() { return 0; }
uint32_t tis_mailbox_depth() { return 0; }
uint32_t tis_ipc_message_words() { return 0; }
uint32_t tis_ipc_result_words() { return 0; }
#endif
uint64_t tis_cycle(void* h) { return static_cast<Harness*>(h)->cycle; }

void tis_step(void* h, uint64_t cycles) {
    Harness* harness = static_cast<Harness*>(h);
    for (uint64_t i = 0; i < cycles; i++) harness->tick();
}

int tis_write(void* h, uint32_t address, uint64_t data, uint32_t strobe, uint64_t timeout) {
    return static_cast<Harness*>(h)->write(address, data, strobe, timeout);
}

int tis_read(void* h, uint32_t address, uint64_t* data, uint64_t timeout) {
    return static_cast<Harness*>(h)->read(address, data, timeout);
}

// Sets source s's line now (it is sampled at the next edge). Returns 0, or -1 for no such source.
int tis_set_source(void* h, uint32_t source, int level) {
    Harness* harness = static_cast<Harness*>(h);
    if (!harness->set_line(source, level != 0)) return -1;
    harness->top->eval();
    return 0;
}

// Sets source s's line when the cycle counter reaches at_cycle (at once if it already has).
int tis_schedule_source(void* h, uint64_t at_cycle, uint32_t source, int level) {
    Harness* harness = static_cast<Harness*>(h);
    if (source >= kSources) return -1;
    if (at_cycle <= harness->cycle) return tis_set_source(h, source, level);
    harness->scheduled.emplace(at_cycle, LineChange{source, level != 0});
    return 0;
}

// Without sources the top has no interrupt outputs: 0.
#if TI(SOURCES) > 0
uint64_t tis_usip(void* h) { return static_cast<uint64_t>(static_cast<Harness*>(h)->top->usip); }
uint64_t tis_ssip(void* h) { return static_cast<uint64_t>(static_cast<Harness*>(h)->top->ssip); }
#else
uint64_t tis_usip(void*) { return 0; }
uint64_t tis_ssip(void*) { return 0; }
#endif

}  // extern "C"
