// Verilator harness of the Rocket SoC (TaskIntcRocketSoc): memory, ELF loader, simulation device
// (console, exit, records, cycle counter, controller interrupt stamps) and the NIC traffic model. Every
// address and register offset comes from soc/generated/soc_map.h (taskintc.soc.SocMap); docs/soc.md.
//
//   Vsoc +elf=FILE [+records=FILE] [+max-cycles=N] [+mem-latency=N]
//
// Exit status: 0 when the firmware wrote 0 to EXIT and the NIC saw every echo correct; 1 on a firmware
// failure or a wrong echo; 2 on bad arguments or an unloadable ELF; 3 when max-cycles passed first.
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <chrono>
#include <cmath>
#include <deque>
#include <fstream>
#include <string>
#include <vector>

#include "verilated.h"
#include "Vsoc.h"
#include "soc_map.h"

#ifndef SOC_HARTS
#error "compile with -DSOC_HARTS=<harts of the model> (scripts/soc.sh does)"
#endif

namespace {

namespace sm = soc_map;
constexpr uint64_t MEM_BASE = sm::RAM_BASE, MEM_SIZE = sm::RAM_SIZE;
constexpr uint64_t DEV_BASE = sm::DEVICE_BASE;
constexpr uint64_t SIM_OFFSET = sm::SIM_BASE - DEV_BASE, NIC_OFFSET = sm::NIC_BASE - DEV_BASE, NIC_STRIDE = sm::nic::BLOCK_STRIDE;
constexpr int NIC_QUEUES = sm::NIC_QUEUES, RING = int(sm::nic::RING), HARTS = SOC_HARTS;
static_assert(HARTS >= 1 && HARTS <= sm::MAX_HARTS, "SOC_HARTS out of range");
constexpr uint8_t OKAY = 0, SLVERR = 2, DECERR = 3;

uint64_t now = 0;  // rising edges since reset was released: the SIM device's cycle counter
uint64_t usip_raised[sm::MAX_HARTS] = {};  // cycle of the last rising edge of each hart's controller usip
bool finished = false;
int exit_status = 0;

// Bad arguments or an unloadable ELF: say why, exit 2.
[[noreturn]] void fail(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::fprintf(stderr, "soc: ");
    std::vfprintf(stderr, fmt, args);
    std::fprintf(stderr, "\n");
    va_end(args);
    std::exit(2);
}

// ------------------------------------------------------------------------------------------ memory
struct Memory {
    std::vector<uint8_t> bytes = std::vector<uint8_t>(MEM_SIZE, 0);
    bool contains(uint64_t a, uint64_t n) const { return a >= MEM_BASE && a + n <= MEM_BASE + MEM_SIZE; }
    uint64_t read64(uint64_t a) const {
        uint64_t v;
        std::memcpy(&v, &bytes[a - MEM_BASE], 8);
        return v;
    }
    void write64(uint64_t a, uint64_t v, uint8_t strb) {
        for (int i = 0; i < 8; i++)
            if (strb >> i & 1) bytes[a - MEM_BASE + i] = uint8_t(v >> (8 * i));
    }
};

void load_elf(Memory& mem, const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) fail("+elf: cannot open %s", path.c_str());
    std::vector<uint8_t> img((std::istreambuf_iterator<char>(f)), {});
    auto field = [&](size_t o, size_t n) {
        if (o + n > img.size()) fail("+elf: %s is truncated", path.c_str());
        uint64_t v = 0;
        std::memcpy(&v, &img[o], n);
        return v;
    };
    auto u16 = [&](size_t o) { return uint16_t(field(o, 2)); };
    auto u32 = [&](size_t o) { return uint32_t(field(o, 4)); };
    auto u64 = [&](size_t o) { return field(o, 8); };
    if (img.size() < 64 || std::memcmp(img.data(), "\x7f" "ELF", 4) != 0 || img[4] != 2 || img[5] != 1 || u16(18) != 243)
        fail("+elf: %s is not a little-endian 64-bit RISC-V ELF", path.c_str());
    uint64_t entry = u64(24), phoff = u64(32);
    uint16_t phentsize = u16(54), phnum = u16(56);
    for (int i = 0; i < phnum; i++) {
        size_t ph = phoff + size_t(i) * phentsize;
        if (u32(ph) != 1) continue;  // PT_LOAD
        uint64_t off = u64(ph + 8), paddr = u64(ph + 24), filesz = u64(ph + 32), memsz = u64(ph + 40);
        if (memsz == 0) continue;
        if (!mem.contains(paddr, memsz) || off + filesz > img.size())
            fail("+elf: a loadable segment of %s lies outside RAM 0x80000000+64MiB", path.c_str());
        std::memcpy(&mem.bytes[paddr - MEM_BASE], &img[off], filesz);
        std::memset(&mem.bytes[paddr - MEM_BASE + filesz], 0, memsz - filesz);
    }
    if (entry != MEM_BASE) fail("+elf: entry point must be 0x80000000 (the boot ROM jumps there); %s has another", path.c_str());
}

// AXI4 slave for Rocket's memory port: bursts (INCR), several reads and writes outstanding, answered in
// order after a fixed latency.
struct MemPort {
    struct Req { uint64_t addr, id, len, size, ready_at, beat; };
    Memory& mem;
    uint64_t latency;
    std::deque<Req> ar, aw;
    std::deque<std::pair<uint64_t, uint8_t>> w;  // data, strobes
    std::deque<std::pair<Req, uint8_t>> b;        // response id, resp
    explicit MemPort(Memory& m, uint64_t lat) : mem(m), latency(lat) {}

    struct Sample { bool ar, aw, w, r, b; Req arReq, awReq; uint64_t wdata; uint8_t wstrb; };
    Sample sample(Vsoc* t) {
        Sample s{};
        s.ar = t->mem_axi4_0_ar_valid && t->mem_axi4_0_ar_ready;
        s.aw = t->mem_axi4_0_aw_valid && t->mem_axi4_0_aw_ready;
        s.w = t->mem_axi4_0_w_valid && t->mem_axi4_0_w_ready;
        s.r = t->mem_axi4_0_r_valid && t->mem_axi4_0_r_ready;
        s.b = t->mem_axi4_0_b_valid && t->mem_axi4_0_b_ready;
        s.arReq = {t->mem_axi4_0_ar_bits_addr, t->mem_axi4_0_ar_bits_id, t->mem_axi4_0_ar_bits_len, t->mem_axi4_0_ar_bits_size, 0, 0};
        s.awReq = {t->mem_axi4_0_aw_bits_addr, t->mem_axi4_0_aw_bits_id, t->mem_axi4_0_aw_bits_len, t->mem_axi4_0_aw_bits_size, 0, 0};
        s.wdata = t->mem_axi4_0_w_bits_data;
        s.wstrb = t->mem_axi4_0_w_bits_strb;
        return s;
    }
    void update(const Sample& s) {
        if (s.r) {
            if (ar.front().beat++ == ar.front().len) ar.pop_front();
        }
        if (s.b) b.pop_front();
        if (s.ar) { Req r = s.arReq; r.ready_at = now + latency; ar.push_back(r); }
        if (s.aw) aw.push_back(s.awReq);
        if (s.w) w.push_back({s.wdata, s.wstrb});
        // A write completes once all its beats are in.
        while (!aw.empty() && w.size() > aw.front().len) {
            Req r = aw.front();
            aw.pop_front();
            bool ok = mem.contains(r.addr & ~7ull, 8 * (r.len + 1));
            for (uint64_t i = 0; i <= r.len; i++) {
                auto [d, st] = w.front();
                w.pop_front();
                if (ok) mem.write64((r.addr & ~7ull) + 8 * i, d, st);
            }
            if (!ok) std::fprintf(stderr, "soc: memory write outside RAM at 0x%llx\n", (unsigned long long) r.addr);
            r.ready_at = now + latency;
            b.push_back({r, ok ? OKAY : DECERR});
        }
    }
    void drive(Vsoc* t) {
        t->mem_axi4_0_ar_ready = ar.size() < 8;
        t->mem_axi4_0_aw_ready = aw.size() < 8;
        t->mem_axi4_0_w_ready = w.size() < 64;
        bool rv = !ar.empty() && ar.front().ready_at <= now;
        t->mem_axi4_0_r_valid = rv;
        if (rv) {
            const Req& r = ar.front();
            uint64_t a = (r.addr & ~7ull) + 8 * r.beat;
            bool ok = mem.contains(a, 8);
            if (!ok && r.beat == 0) std::fprintf(stderr, "soc: memory read outside RAM at 0x%llx\n", (unsigned long long) r.addr);
            t->mem_axi4_0_r_bits_data = ok ? mem.read64(a) : 0;
            t->mem_axi4_0_r_bits_id = r.id;
            t->mem_axi4_0_r_bits_resp = ok ? OKAY : DECERR;
            t->mem_axi4_0_r_bits_last = r.beat == r.len;
        }
        bool bv = !b.empty() && b.front().first.ready_at <= now;
        t->mem_axi4_0_b_valid = bv;
        if (bv) {
            t->mem_axi4_0_b_bits_id = b.front().first.id;
            t->mem_axi4_0_b_bits_resp = b.front().second;
        }
    }
};

// --------------------------------------------------------------------------------------- NIC model
struct NicQueue {
    struct Packet { std::vector<uint8_t> bytes; uint64_t stamp; };
    int index = 0;
    std::deque<Packet> ring, to_echo;
    size_t read_pos = 0;
    std::vector<uint8_t> tx;
    uint64_t irq_enable = 0, gen_interval = 1000, gen_size = 64, gen_count = 0, gen_mode = 0, next_arrival = 0;
    uint64_t dropped = 0, tx_ok = 0, tx_bad = 0, arrived = 0, seq = 0, rng = 0, seed_value = 0;
    bool pulse = false;

    uint64_t random() {  // xorshift64*, seeded per queue: the traffic is the same in every run
        rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
        return rng * 0x2545F4914F6CDD1Dull;
    }
    void seed(uint64_t v) {  // splitmix64 of the seed: never 0 (xorshift's fixed point)
        uint64_t z = v + 0x9E3779B97F4A7C15ull;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        rng = z ? z : 0x9E3779B97F4A7C15ull;
        seed_value = v;
    }
    uint64_t interval() {
        uint64_t mean = gen_interval < sm::nic::MIN_INTERVAL ? sm::nic::MIN_INTERVAL : gen_interval;
        if (gen_mode == 0) return mean;
        double u = (double(random() >> 11) + 0.5) / double(1ull << 53);
        double x = -std::log(u) * double(mean);
        return x < 2 ? 2 : uint64_t(x);
    }
    void step() {
        pulse = false;
        if (gen_count == 0 || now < next_arrival) return;
        gen_count--;
        next_arrival = now + interval();
        Packet p;
        p.stamp = now;
        p.bytes.resize(gen_size);
        uint64_t head = uint64_t(index) << 56 | seq++;
        for (size_t i = 0; i < gen_size; i++) p.bytes[i] = i < 8 ? uint8_t(head >> (8 * i)) : uint8_t(random());
        if (ring.size() >= RING) { dropped++; return; }
        arrived++;
        to_echo.push_back(p);
        ring.push_back(std::move(p));
        pulse = true;
    }
    uint64_t read(uint64_t reg) {
        switch (reg) {
            case sm::nic::RX_COUNT: return ring.size();
            case sm::nic::RX_STAMP: return ring.empty() ? 0 : ring.front().stamp;
            case sm::nic::RX_LEN: return ring.empty() ? 0 : ring.front().bytes.size();
            case sm::nic::RX_DATA: {
                uint64_t v = 0;
                if (!ring.empty())
                    for (int i = 0; i < 8 && read_pos + i < ring.front().bytes.size(); i++) v |= uint64_t(ring.front().bytes[read_pos + i]) << (8 * i);
                read_pos += 8;
                return v;
            }
            case sm::nic::IRQ_ENABLE: return irq_enable;
            case sm::nic::GEN_INTERVAL: return gen_interval;
            case sm::nic::GEN_SIZE: return gen_size;
            case sm::nic::GEN_COUNT: return gen_count;
            case sm::nic::GEN_MODE: return gen_mode;
            case sm::nic::RX_DROPPED: return dropped;
            case sm::nic::TX_OK: return tx_ok;
            case sm::nic::TX_BAD: return tx_bad;
            case sm::nic::GEN_SEED: return seed_value;
            default: return 0;
        }
    }
    bool write(uint64_t reg, uint64_t v) {
        switch (reg) {
            case sm::nic::RX_POP: if (!ring.empty()) ring.pop_front(); read_pos = 0; return true;
            case sm::nic::TX_DATA: for (int i = 0; i < 8; i++) tx.push_back(uint8_t(v >> (8 * i))); return true;
            case sm::nic::TX_SEND: {
                bool ok = !to_echo.empty() && v == to_echo.front().bytes.size() && tx.size() >= v &&
                          std::memcmp(tx.data(), to_echo.front().bytes.data(), v) == 0;
                if (ok) tx_ok++;
                else {
                    tx_bad++;
                    std::fprintf(stderr, "soc: NIC queue %d: echo %llu of length %llu does not match the packet received\n", index,
                                 (unsigned long long) (tx_ok + tx_bad), (unsigned long long) v);
                }
                if (!to_echo.empty()) to_echo.pop_front();
                tx.clear();
                return true;
            }
            case sm::nic::IRQ_ENABLE: irq_enable = v & 1; return true;
            case sm::nic::GEN_INTERVAL: gen_interval = v; return true;
            case sm::nic::GEN_SIZE:
                if (v < sm::nic::MIN_SIZE || v > sm::nic::MAX_SIZE || v % 8) return false;
                gen_size = v;
                return true;
            case sm::nic::GEN_COUNT: gen_count = v; next_arrival = now + interval(); return true;
            case sm::nic::GEN_MODE: gen_mode = v & 1; return true;
            case sm::nic::GEN_SEED: seed(v); return true;
            default: return false;
        }
    }
};

// ---------------------------------------------------------------- simulation device + NIC registers
struct Devices {
    NicQueue nic[NIC_QUEUES];
    FILE* records = nullptr;
    Devices() {
        for (int q = 0; q < NIC_QUEUES; q++) { nic[q].index = q; nic[q].rng = 0x9E3779B97F4A7C15ull * (q + 1); }
    }
    // Returns false for an address nothing answers (the bus gets SLVERR).
    bool read(uint64_t a, uint64_t& v) {
        uint64_t off = a - DEV_BASE;
        v = 0;
        if (off == SIM_OFFSET + sm::sim::CYCLE) { v = now; return true; }
        if (off == SIM_OFFSET + sm::sim::HARTS) { v = HARTS; return true; }
        uint64_t raised = SIM_OFFSET + sm::sim::USIP_RAISED;
        if (off >= raised && off < raised + HARTS * sm::sim::USIP_RAISED_STRIDE && (off - raised) % sm::sim::USIP_RAISED_STRIDE == 0) {
            v = usip_raised[(off - raised) / sm::sim::USIP_RAISED_STRIDE];
            return true;
        }
        if (off >= NIC_OFFSET && off < NIC_OFFSET + NIC_QUEUES * NIC_STRIDE) {
            v = nic[(off - NIC_OFFSET) / NIC_STRIDE].read((off - NIC_OFFSET) % NIC_STRIDE);
            return true;
        }
        return false;
    }
    bool write(uint64_t a, uint64_t v) {
        uint64_t off = a - DEV_BASE;
        if (off == SIM_OFFSET + sm::sim::CONSOLE) { std::fputc(int(v & 0xff), stdout); if ((v & 0xff) == '\n') std::fflush(stdout); return true; }
        if (off == SIM_OFFSET + sm::sim::EXIT) {
            finished = true;
            exit_status = v == 0 ? 0 : 1;
            if (v != 0) std::fprintf(stderr, "soc: firmware reported failure %llu\n", (unsigned long long) v);
            return true;
        }
        if (off == SIM_OFFSET + sm::sim::RECORD) {
            if (records) std::fprintf(records, "%llu\n", (unsigned long long) v);
            return true;
        }
        if (off >= NIC_OFFSET && off < NIC_OFFSET + NIC_QUEUES * NIC_STRIDE)
            return nic[(off - NIC_OFFSET) / NIC_STRIDE].write((off - NIC_OFFSET) % NIC_STRIDE, v);
        return false;
    }
};

// AXI4 slave for the SoC's dev port: one access at a time, single beats (a burst is answered SLVERR).
struct DevPort {
    Devices& dev;
    bool aw_held = false, w_held = false, b_pending = false, r_pending = false;
    uint64_t aw_addr = 0, aw_id = 0, aw_len = 0, w_data = 0, r_id = 0, r_data = 0, r_beats = 0;
    uint8_t w_strb = 0, b_resp = 0, r_resp = 0;
    uint64_t b_id = 0;
    explicit DevPort(Devices& d) : dev(d) {}

    struct Sample { bool ar, aw, w, r, b, wlast; uint64_t araddr, arid, arlen, awaddr, awid, awlen, wdata; uint8_t wstrb; };
    Sample sample(Vsoc* t) {
        return {t->dev_arvalid && t->dev_arready, t->dev_awvalid && t->dev_awready, t->dev_wvalid && t->dev_wready,
                t->dev_rvalid && t->dev_rready, t->dev_bvalid && t->dev_bready, bool(t->dev_wlast),
                t->dev_araddr, t->dev_arid, t->dev_arlen, t->dev_awaddr, t->dev_awid, t->dev_awlen, t->dev_wdata, uint8_t(t->dev_wstrb)};
    }
    void update(const Sample& s) {
        if (s.r && --r_beats == 0) r_pending = false;
        if (s.b) b_pending = false;
        if (s.ar) {
            r_pending = true;
            r_id = s.arid;
            r_beats = s.arlen + 1;
            bool ok = s.arlen == 0 && dev.read(s.araddr, r_data);
            if (!ok) r_data = 0;
            r_resp = ok ? OKAY : SLVERR;
        }
        if (s.aw) { aw_held = true; aw_addr = s.awaddr; aw_id = s.awid; aw_len = s.awlen; }
        if (s.w) {
            if (aw_len == 0 || s.wlast) { w_held = true; w_data = s.wdata; w_strb = s.wstrb; }
        }
        if (aw_held && w_held) {
            bool ok = aw_len == 0 && w_strb == 0xff && dev.write(aw_addr, w_data);
            aw_held = w_held = false;
            b_pending = true;
            b_id = aw_id;
            b_resp = ok ? OKAY : SLVERR;
        }
    }
    void drive(Vsoc* t) {
        t->dev_arready = !r_pending;
        t->dev_awready = !aw_held && !b_pending;
        t->dev_wready = !w_held && !b_pending;
        t->dev_rvalid = r_pending;
        t->dev_rid = r_id;
        t->dev_rdata = r_data;
        t->dev_rresp = r_resp;
        t->dev_rlast = r_beats == 1;
        t->dev_bvalid = b_pending;
        t->dev_bid = b_id;
        t->dev_bresp = b_resp;
    }
};

std::string plusarg(const char* name, const std::string& dflt) {
    const char* v = Verilated::commandArgsPlusMatch(name);
    if (!v || !*v) return dflt;
    std::string s(v);
    return s.substr(std::strlen(name) + 2);  // "+name=value"
}

uint64_t plusarg_number(const char* name, uint64_t dflt) {
    std::string s = plusarg(name, "");
    if (s.empty()) return dflt;
    char* end;
    uint64_t v = std::strtoull(s.c_str(), &end, 0);
    if (*end) fail("+%s= must be a number", name);
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    Verilated::commandArgs(argc, argv);
    std::string elf = plusarg("elf", "");
    if (elf.empty()) fail("usage: Vsoc +elf=FILE [+records=FILE] [+max-cycles=N] [+mem-latency=N]");
    uint64_t max_cycles = plusarg_number("max-cycles", 500000000ull);
    uint64_t latency = plusarg_number("mem-latency", 20);
    if (latency < 1 || latency > 1000) fail("+mem-latency= must be in 1..1000");
    Memory mem;
    load_elf(mem, elf);
    Devices dev;
    std::string rec = plusarg("records", "");
    if (!rec.empty() && !(dev.records = std::fopen(rec.c_str(), "w"))) fail("+records: cannot write %s", rec.c_str());

    Vsoc* top = new Vsoc;
    MemPort memPort(mem, latency);
    DevPort devPort(dev);
    top->reset = 1;
    top->plic_irq = 0;
    top->nic_rx_irq = 0;
    top->nic_tx_irq = 0;
    for (int i = 0; i < 20; i++) {
        top->clk = 0; top->eval();
        top->clk = 1; top->eval();
    }
    top->reset = 0;
    memPort.drive(top);
    devPort.drive(top);
    bool usip_high[sm::MAX_HARTS] = {};
    auto start = std::chrono::steady_clock::now();
    while (!finished && now < max_cycles) {
        top->clk = 0;
        top->eval();
        auto ms = memPort.sample(top);
        auto ds = devPort.sample(top);
        top->clk = 1;
        top->eval();
        now++;
        memPort.update(ms);
        devPort.update(ds);
        for (int h = 0; h < HARTS; h++) {
            bool high = (uint64_t(top->intc_usip) >> h) & 1;
            if (high && !usip_high[h]) usip_raised[h] = now;
            usip_high[h] = high;
        }
        uint32_t rx = 0, plic = 0;
        for (int q = 0; q < NIC_QUEUES; q++) {
            dev.nic[q].step();
            if (dev.nic[q].pulse) rx |= 1u << q;
            if (dev.nic[q].irq_enable && !dev.nic[q].ring.empty()) plic |= 1u << q;
        }
        top->nic_rx_irq = rx;
        top->plic_irq = plic;
        memPort.drive(top);
        devPort.drive(top);
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fflush(stdout);
    uint64_t bad = 0;
    for (auto& q : dev.nic) {
        bad += q.tx_bad;
        if (q.arrived || q.dropped)
            std::fprintf(stderr, "soc: NIC queue %d: %llu arrived, %llu dropped, %llu echoed correctly, %llu wrong\n", q.index,
                         (unsigned long long) q.arrived, (unsigned long long) q.dropped, (unsigned long long) q.tx_ok,
                         (unsigned long long) q.tx_bad);
    }
    std::fprintf(stderr, "soc: %llu cycles in %.1f s (%.0f cycles/s)\n", (unsigned long long) now, secs, now / (secs > 0 ? secs : 1));
    if (dev.records) std::fclose(dev.records);
    top->final();
    delete top;
    if (!finished) {
        std::fprintf(stderr, "soc: no EXIT after %llu cycles (+max-cycles)\n", (unsigned long long) max_cycles);
        return 3;
    }
    if (bad) {
        std::fprintf(stderr, "soc: FAIL: %llu echoes did not match\n", (unsigned long long) bad);
        return 1;
    }
    std::fprintf(stderr, exit_status == 0 ? "soc: PASS\n" : "soc: FAIL\n");
    return exit_status;
}
