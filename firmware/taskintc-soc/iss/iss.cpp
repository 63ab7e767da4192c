// A functional stand-in for the Rocket SoC, to run the benchmark firmware before (and besides) the
// Verilated Rocket: an RV64IMAC machine-mode instruction-set simulator (one instruction per cycle,
// no caches, no pipeline) with the SoC's memory map, the TaskIntc RTL itself (rtl-out/TaskIntc.v,
// Verilated, through the firmware-sim AXI4-Lite harness, in lockstep: one controller clock per CPU
// cycle), and models of the SIM device, the NIC and a PLIC as soc-interface.md describes them.
//
// It checks that the firmware boots, drives every device correctly and passes its own consistency
// checks end to end. Its cycle counts are NOT Rocket's: numbers from it are not reported.
//
//   iss +elf=<elf> +records=<file> [+max-cycles=N]
// Exit: 0 the firmware wrote EXIT 0; 1 EXIT != 0 or a wrong echo; 2 bad arguments or ELF; 3 max cycles.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <vector>

extern "C" {
void* tis_new();
uint64_t tis_cycle(void* h);
void tis_step(void* h, uint64_t cycles);
int tis_write(void* h, uint32_t address, uint64_t data, uint32_t strobe, uint64_t timeout);
int tis_read(void* h, uint32_t address, uint64_t* data, uint64_t timeout);
int tis_set_source(void* h, uint32_t source, int level);
}

namespace {

constexpr uint64_t kRamBase = 0x80000000ull, kRamSize = 64ull << 20;
constexpr uint64_t kTaskIntc = 0x60000000ull, kSim = 0x61000000ull, kNic = 0x61001000ull, kPlic = 0x0C000000ull;
constexpr int kQueues = 4, kRing = 64;

void* intc;
std::vector<uint8_t> ram(kRamSize);
FILE* records;
bool finished = false;
uint64_t exit_code = 0;
bool wrong_echo = false;

uint64_t now() { return tis_cycle(intc); }

// ---- NIC model ------------------------------------------------------------------------------------
struct Packet {
    uint64_t stamp, seq;
    std::vector<uint8_t> bytes;
};

struct Queue {
    std::deque<Packet> ring, unechoed;
    uint64_t read_offset = 0, irq_enable = 0, interval = 1000, size = 64, count = 0, mode = 0;
    uint64_t next_arrival = 0, seq = 0, dropped = 0, tx_ok = 0, tx_bad = 0;
    uint64_t rng = 0;
    std::vector<uint8_t> tx;
    bool pulse = false;
};
Queue nic[kQueues];

uint64_t xorshift(uint64_t& s) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
}

uint64_t draw(Queue& q) {
    if (q.mode == 0) return q.interval;
    // Exponential with mean `interval` by inversion, at least 2 cycles.
    double u = ((xorshift(q.rng) >> 11) + 0.5) / 9007199254740992.0;
    double v = -std::log(u) * (double)q.interval;
    uint64_t d = (uint64_t)v;
    return d < 2 ? 2 : d;
}

void arrive(int qi) {
    Queue& q = nic[qi];
    Packet p{now(), q.seq++, {}};
    p.bytes.resize(q.size);
    uint64_t s = (uint64_t)qi << 32 | p.seq;
    std::memcpy(p.bytes.data(), &s, 8);
    uint64_t r = 0x9E3779B97F4A7C15ull ^ s;
    for (size_t i = 8; i < p.bytes.size(); i++) p.bytes[i] = (uint8_t)(xorshift(r) >> 24);
    if (q.ring.size() == kRing) {
        q.dropped++;
        return;
    }
    if (q.ring.empty()) q.read_offset = 0;
    q.ring.push_back(p);
    q.unechoed.push_back(p);
    tis_set_source(intc, qi, 1);
    q.pulse = true;
}

// One CPU cycle: the controller's clock, the NIC's generators and pulses.
void tick(uint64_t n = 1) {
    for (uint64_t k = 0; k < n; k++) {
        tis_step(intc, 1);
        for (int qi = 0; qi < kQueues; qi++) {
            Queue& q = nic[qi];
            if (q.pulse) {
                tis_set_source(intc, qi, 0);
                q.pulse = false;
            } else if (q.count > 0 && now() >= q.next_arrival) {
                arrive(qi);
                q.count--;
                q.next_arrival += draw(q);
            }
        }
    }
}

uint64_t nic_read(int qi, uint64_t off) {
    Queue& q = nic[qi];
    switch (off) {
        case 0x00: return q.ring.size();
        case 0x08: return q.ring.empty() ? 0 : q.ring.front().stamp;
        case 0x10: return q.ring.empty() ? 0 : q.ring.front().bytes.size();
        case 0x18: {
            if (q.ring.empty()) return 0;
            uint64_t v = 0;
            auto& b = q.ring.front().bytes;
            for (int i = 0; i < 8; i++)
                if (q.read_offset + i < b.size()) v |= (uint64_t)b[q.read_offset + i] << (8 * i);
            q.read_offset += 8;
            return v;
        }
        case 0x38: return q.irq_enable;
        case 0x40: return q.interval;
        case 0x48: return q.size;
        case 0x50: return q.count;
        case 0x58: return q.mode;
        case 0x60: return q.dropped;
        case 0x68: return q.tx_ok;
        case 0x70: return q.tx_bad;
    }
    return 0;
}

void nic_write(int qi, uint64_t off, uint64_t v) {
    Queue& q = nic[qi];
    switch (off) {
        case 0x20:
            if (!q.ring.empty()) q.ring.pop_front();
            q.read_offset = 0;
            break;
        case 0x28:
            for (int i = 0; i < 8; i++) q.tx.push_back((uint8_t)(v >> (8 * i)));
            break;
        case 0x30: {
            q.tx.resize(v);
            bool ok = !q.unechoed.empty() && q.unechoed.front().bytes == q.tx;
            if (ok) {
                q.tx_ok++;
                q.unechoed.pop_front();
            } else {
                q.tx_bad++;
                wrong_echo = true;
            }
            q.tx.clear();
            break;
        }
        case 0x38: q.irq_enable = v & 1; break;
        case 0x40: q.interval = v < 2 ? 2 : v; break;
        case 0x48: q.size = v; break;
        case 0x50:
            q.count = v;
            q.rng = 0x2545F4914F6CDD1Dull + 977 * (uint64_t)qi;
            q.next_arrival = now() + draw(q);
            break;
        case 0x58: q.mode = v & 1; break;
    }
}

// ---- PLIC model (sources 1..4 = NIC queues 0..3, context 0) ----------------------------------------
uint32_t plic_priority[8], plic_enable, plic_threshold, plic_pending, plic_claimed;

void plic_update() {
    for (int s = 1; s <= kQueues; s++) {
        Queue& q = nic[s - 1];
        bool level = q.irq_enable && !q.ring.empty();
        if (level && !(plic_claimed & (1u << s))) plic_pending |= 1u << s;
    }
}

bool plic_meip() {
    plic_update();
    for (int s = 1; s <= kQueues; s++)
        if ((plic_pending & plic_enable & (1u << s)) && plic_priority[s] > plic_threshold) return true;
    return false;
}

uint32_t plic_claim() {
    plic_update();
    int best = 0;
    for (int s = 1; s <= kQueues; s++)
        if ((plic_pending & plic_enable & (1u << s)) && plic_priority[s] > plic_threshold && (!best || plic_priority[s] > plic_priority[best])) best = s;
    if (best) {
        plic_pending &= ~(1u << best);
        plic_claimed |= 1u << best;
    }
    return best;
}

// ---- bus --------------------------------------------------------------------------------------------
struct Fault {};

bool device(uint64_t a) { return a < kRamBase; }

uint64_t load_device(uint64_t a, int size) {
    if (a >= kTaskIntc && a < kTaskIntc + 0x10000) {
        if (size != 8 || a % 8) { std::fprintf(stderr, "iss: %d-byte TaskIntc read at %#lx\n", size, (unsigned long)a); throw Fault{}; }
        uint64_t v = 0;
        if (tis_read(intc, (uint32_t)(a - kTaskIntc), &v, 1000) < 0) { std::fprintf(stderr, "iss: TaskIntc read timeout\n"); throw Fault{}; }
        return v;
    }
    tick();
    if (a >= kNic && a < kNic + 0x100 * kQueues) return nic_read((int)((a - kNic) / 0x100), (a - kNic) % 0x100);
    if (a >= kSim && a < kSim + 0x100) return 0;
    if (a >= kPlic && a < kPlic + 0x4000000) {
        uint64_t off = a - kPlic;
        if (off < 0x1000) return plic_priority[(off / 4) & 7];
        if (off == 0x1000) { plic_update(); return plic_pending; }
        if (off == 0x2000) return plic_enable;
        if (off == 0x200000) return plic_threshold;
        if (off == 0x200004) return plic_claim();
        return 0;
    }
    if (a >= 0x02000000 && a < 0x02010000) return 0;
    std::fprintf(stderr, "iss: read of unmapped %#lx\n", (unsigned long)a);
    throw Fault{};
}

void store_device(uint64_t a, uint64_t v, int size) {
    if (a >= kTaskIntc && a < kTaskIntc + 0x10000) {
        if (size != 8 || a % 8) { std::fprintf(stderr, "iss: %d-byte TaskIntc write at %#lx\n", size, (unsigned long)a); throw Fault{}; }
        if (tis_write(intc, (uint32_t)(a - kTaskIntc), v, 0xFF, 1000) < 0) { std::fprintf(stderr, "iss: TaskIntc write timeout\n"); throw Fault{}; }
        return;
    }
    tick();
    if (a >= kNic && a < kNic + 0x100 * kQueues) return nic_write((int)((a - kNic) / 0x100), (a - kNic) % 0x100, v);
    if (a == kSim) { std::fputc((int)(v & 0xFF), stdout); return; }
    if (a == kSim + 8) { finished = true; exit_code = v; return; }
    if (a == kSim + 0x10) { std::fprintf(records, "%llu\n", (unsigned long long)v); return; }
    if (a >= kPlic && a < kPlic + 0x4000000) {
        uint64_t off = a - kPlic;
        if (off < 0x1000) plic_priority[(off / 4) & 7] = (uint32_t)v;
        else if (off == 0x2000) plic_enable = (uint32_t)v;
        else if (off == 0x200000) plic_threshold = (uint32_t)v;
        else if (off == 0x200004) plic_claimed &= ~(1u << (v & 31));
        return;
    }
    if (a >= 0x02000000 && a < 0x02010000) return;
    std::fprintf(stderr, "iss: write of unmapped %#lx\n", (unsigned long)a);
    throw Fault{};
}

uint8_t* ram_at(uint64_t a, int size) {
    if (a < kRamBase || a + size > kRamBase + kRamSize) { std::fprintf(stderr, "iss: access outside RAM at %#lx\n", (unsigned long)a); throw Fault{}; }
    return &ram[a - kRamBase];
}

uint64_t load(uint64_t a, int size) {
    if (device(a)) return load_device(a, size);
    uint64_t v = 0;
    std::memcpy(&v, ram_at(a, size), size);
    return v;
}

void store(uint64_t a, uint64_t v, int size) {
    if (device(a)) return store_device(a, v, size);
    std::memcpy(ram_at(a, size), &v, size);
}

// ---- CPU --------------------------------------------------------------------------------------------
uint64_t x[32], pc;
uint64_t mstatus, mie, mtvec, mepc, mcause, mtval, mscratch;
uint64_t reservation = ~0ull;
uint64_t instret;

int64_t sx(uint64_t v, int bits) { return (int64_t)(v << (64 - bits)) >> (64 - bits); }

void trap(uint64_t cause, uint64_t tval, uint64_t epc) {
    mepc = epc;
    mcause = cause;
    mtval = tval;
    uint64_t mie_bit = (mstatus >> 3) & 1;
    mstatus = (mstatus & ~(1ull << 7)) | (mie_bit << 7);  // MPIE = MIE
    mstatus &= ~(1ull << 3);
    mstatus |= 3ull << 11;  // MPP = M
    pc = mtvec & ~3ull;
}

struct Illegal {};

uint64_t csr_read(uint32_t c) {
    switch (c) {
        case 0x300: return mstatus;
        case 0x301: return (2ull << 62) | (1 << 0) | (1 << 2) | (1 << 8) | (1 << 12) | (1 << 3) | (1 << 5);
        case 0x304: return mie;
        case 0x305: return mtvec;
        case 0x340: return mscratch;
        case 0x341: return mepc;
        case 0x342: return mcause;
        case 0x343: return mtval;
        case 0x344: return plic_meip() ? (1ull << 11) : 0;
        case 0xB00: case 0xC00: return now();
        case 0xB02: case 0xC02: return instret;
        case 0xF14: return 0;
        case 0xF11: case 0xF12: case 0xF13: return 0;
    }
    throw Illegal{};
}

void csr_write(uint32_t c, uint64_t v) {
    switch (c) {
        case 0x300: mstatus = v; return;
        case 0x301: return;
        case 0x304: mie = v; return;
        case 0x305: mtvec = v; return;
        case 0x340: mscratch = v; return;
        case 0x341: mepc = v; return;
        case 0x342: mcause = v; return;
        case 0x343: mtval = v; return;
        case 0x344: return;
    }
    throw Illegal{};
}

// Expands a compressed instruction to its 32-bit form (0 = illegal).
uint32_t expand(uint16_t c) {
    auto r = [](uint32_t v) { return v + 8; };
    uint32_t op = c & 3, f3 = c >> 13;
    uint32_t rd = (c >> 7) & 31, rs2 = (c >> 2) & 31, rdp = r((c >> 2) & 7), rs1p = r((c >> 7) & 7);
    auto I = [](int32_t imm, uint32_t rs1, uint32_t f, uint32_t d, uint32_t o) { return ((uint32_t)(imm & 0xFFF) << 20) | rs1 << 15 | f << 12 | d << 7 | o; };
    auto S = [](int32_t imm, uint32_t rs2, uint32_t rs1, uint32_t f, uint32_t o) { return ((uint32_t)((imm >> 5) & 0x7F) << 25) | rs2 << 20 | rs1 << 15 | f << 12 | ((uint32_t)(imm & 31) << 7) | o; };
    auto R = [](uint32_t f7, uint32_t rs2, uint32_t rs1, uint32_t f, uint32_t d, uint32_t o) { return f7 << 25 | rs2 << 20 | rs1 << 15 | f << 12 | d << 7 | o; };
    auto B = [](int32_t imm, uint32_t rs2, uint32_t rs1, uint32_t f) {
        uint32_t u = (uint32_t)imm;
        return ((u >> 12) & 1) << 31 | ((u >> 5) & 63) << 25 | rs2 << 20 | rs1 << 15 | f << 12 | ((u >> 1) & 15) << 8 | ((u >> 11) & 1) << 7 | 0x63;
    };
    auto J = [](int32_t imm, uint32_t d) {
        uint32_t u = (uint32_t)imm;
        return ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3FF) << 21 | ((u >> 11) & 1) << 20 | ((u >> 12) & 0xFF) << 12 | d << 7 | 0x6F;
    };
    int32_t ci = (int32_t)sx(((c >> 12) & 1) << 5 | ((c >> 2) & 31), 6);
    if (op == 0) {
        switch (f3) {
            case 0: {  // c.addi4spn
                uint32_t imm = ((c >> 6) & 1) << 2 | ((c >> 5) & 1) << 3 | ((c >> 11) & 3) << 4 | ((c >> 7) & 15) << 6;
                if (!imm) return 0;
                return I(imm, 2, 0, rdp, 0x13);
            }
            case 2: {  // c.lw
                uint32_t imm = ((c >> 6) & 1) << 2 | ((c >> 10) & 7) << 3 | ((c >> 5) & 1) << 6;
                return I(imm, rs1p, 2, rdp, 0x03);
            }
            case 3: {  // c.ld
                uint32_t imm = ((c >> 10) & 7) << 3 | ((c >> 5) & 3) << 6;
                return I(imm, rs1p, 3, rdp, 0x03);
            }
            case 6: {
                uint32_t imm = ((c >> 6) & 1) << 2 | ((c >> 10) & 7) << 3 | ((c >> 5) & 1) << 6;
                return S(imm, rdp, rs1p, 2, 0x23);
            }
            case 7: {
                uint32_t imm = ((c >> 10) & 7) << 3 | ((c >> 5) & 3) << 6;
                return S(imm, rdp, rs1p, 3, 0x23);
            }
        }
        return 0;
    }
    if (op == 1) {
        switch (f3) {
            case 0: return I(ci, rd, 0, rd, 0x13);                 // c.addi / c.nop
            case 1: if (!rd) return 0; return I(ci, rd, 0, rd, 0x1B);  // c.addiw
            case 2: return I(ci, 0, 0, rd, 0x13);                  // c.li
            case 3:
                if (rd == 2) {  // c.addi16sp
                    int32_t imm = (int32_t)sx(((c >> 12) & 1) << 9 | ((c >> 6) & 1) << 4 | ((c >> 5) & 1) << 6 | ((c >> 3) & 3) << 7 | ((c >> 2) & 1) << 5, 10);
                    if (!imm) return 0;
                    return I(imm, 2, 0, 2, 0x13);
                } else {  // c.lui
                    if (!ci) return 0;
                    return ((uint32_t)ci << 12) | rd << 7 | 0x37;
                }
            case 4: {
                uint32_t f2 = (c >> 10) & 3;
                uint32_t sh = ((c >> 12) & 1) << 5 | ((c >> 2) & 31);
                if (f2 == 0) return I(sh, rs1p, 5, rs1p, 0x13);                 // c.srli
                if (f2 == 1) return I(sh | 0x400, rs1p, 5, rs1p, 0x13);         // c.srai
                if (f2 == 2) return I(ci, rs1p, 7, rs1p, 0x13);                 // c.andi
                uint32_t f = ((c >> 12) & 1) << 2 | ((c >> 5) & 3);
                switch (f) {
                    case 0: return R(0x20, rdp, rs1p, 0, rs1p, 0x33);  // c.sub
                    case 1: return R(0, rdp, rs1p, 4, rs1p, 0x33);     // c.xor
                    case 2: return R(0, rdp, rs1p, 6, rs1p, 0x33);     // c.or
                    case 3: return R(0, rdp, rs1p, 7, rs1p, 0x33);     // c.and
                    case 4: return R(0x20, rdp, rs1p, 0, rs1p, 0x3B);  // c.subw
                    case 5: return R(0, rdp, rs1p, 0, rs1p, 0x3B);     // c.addw
                }
                return 0;
            }
            case 5: {  // c.j
                int32_t imm = (int32_t)sx(((c >> 12) & 1) << 11 | ((c >> 11) & 1) << 4 | ((c >> 9) & 3) << 8 | ((c >> 8) & 1) << 10 | ((c >> 7) & 1) << 6 | ((c >> 6) & 1) << 7 | ((c >> 3) & 7) << 1 | ((c >> 2) & 1) << 5, 12);
                return J(imm, 0);
            }
            case 6: case 7: {  // c.beqz / c.bnez
                int32_t imm = (int32_t)sx(((c >> 12) & 1) << 8 | ((c >> 10) & 3) << 3 | ((c >> 5) & 3) << 6 | ((c >> 3) & 3) << 1 | ((c >> 2) & 1) << 5, 9);
                return B(imm, 0, rs1p, f3 == 6 ? 0 : 1);
            }
        }
        return 0;
    }
    if (op == 2) {
        switch (f3) {
            case 0: { uint32_t sh = ((c >> 12) & 1) << 5 | ((c >> 2) & 31); return I(sh, rd, 1, rd, 0x13); }  // c.slli
            case 2: {  // c.lwsp
                uint32_t imm = ((c >> 12) & 1) << 5 | ((c >> 4) & 7) << 2 | ((c >> 2) & 3) << 6;
                if (!rd) return 0;
                return I(imm, 2, 2, rd, 0x03);
            }
            case 3: {  // c.ldsp
                uint32_t imm = ((c >> 12) & 1) << 5 | ((c >> 5) & 3) << 3 | ((c >> 2) & 7) << 6;
                if (!rd) return 0;
                return I(imm, 2, 3, rd, 0x03);
            }
            case 4:
                if (!((c >> 12) & 1)) {
                    if (!rs2) { if (!rd) return 0; return I(0, rd, 0, 0, 0x67); }  // c.jr
                    return R(0, rs2, 0, 0, rd, 0x33);                               // c.mv
                } else {
                    if (!rs2 && !rd) return 0x00100073;                            // c.ebreak
                    if (!rs2) return I(0, rd, 0, 1, 0x67);                         // c.jalr
                    return R(0, rs2, rd, 0, rd, 0x33);                              // c.add
                }
            case 6: {  // c.swsp
                uint32_t imm = ((c >> 9) & 15) << 2 | ((c >> 7) & 3) << 6;
                return S(imm, rs2, 2, 2, 0x23);
            }
            case 7: {  // c.sdsp
                uint32_t imm = ((c >> 10) & 7) << 3 | ((c >> 7) & 7) << 6;
                return S(imm, rs2, 2, 3, 0x23);
            }
        }
        return 0;
    }
    return 0;
}

uint64_t amo(uint32_t f5, uint64_t old, uint64_t v, bool word) {
    if (word) { old = (uint64_t)sx(old, 32); v = (uint64_t)sx(v, 32); }
    switch (f5) {
        case 0x01: return v;
        case 0x00: return old + v;
        case 0x04: return old ^ v;
        case 0x0C: return old & v;
        case 0x08: return old | v;
        case 0x10: return (int64_t)old < (int64_t)v ? old : v;
        case 0x14: return (int64_t)old > (int64_t)v ? old : v;
        case 0x18: return old < v ? old : v;
        case 0x1C: return old > v ? old : v;
    }
    throw Illegal{};
}

void step() {
    uint64_t epc = pc;
    uint32_t inst = (uint32_t)load(pc, 2);
    int len = 4;
    if ((inst & 3) != 3) {
        len = 2;
        inst = expand((uint16_t)inst);
        if (!inst) throw Illegal{};
    } else {
        inst = (uint32_t)load(pc, 4);
    }
    uint64_t next = pc + len;
    uint32_t opcode = inst & 0x7F, rd = (inst >> 7) & 31, f3 = (inst >> 12) & 7, rs1 = (inst >> 15) & 31, rs2 = (inst >> 20) & 31, f7 = inst >> 25;
    uint64_t a = x[rs1], b = x[rs2];
    int64_t immI = sx(inst >> 20, 12);
    int64_t immS = sx(((inst >> 25) << 5) | ((inst >> 7) & 31), 12);
    int64_t immB = sx(((inst >> 31) << 12) | (((inst >> 7) & 1) << 11) | (((inst >> 25) & 63) << 5) | (((inst >> 8) & 15) << 1), 13);
    int64_t immU = sx(inst & 0xFFFFF000u, 32);
    int64_t immJ = sx(((inst >> 31) << 20) | (((inst >> 12) & 0xFF) << 12) | (((inst >> 20) & 1) << 11) | (((inst >> 21) & 0x3FF) << 1), 21);
    uint64_t result = 0;
    bool write = true;
    switch (opcode) {
        case 0x37: result = immU; break;
        case 0x17: result = pc + immU; break;
        case 0x6F: result = next; next = pc + immJ; break;
        case 0x67: result = next; next = (a + immI) & ~1ull; break;
        case 0x63: {
            bool t;
            switch (f3) {
                case 0: t = a == b; break;
                case 1: t = a != b; break;
                case 4: t = (int64_t)a < (int64_t)b; break;
                case 5: t = (int64_t)a >= (int64_t)b; break;
                case 6: t = a < b; break;
                case 7: t = a >= b; break;
                default: throw Illegal{};
            }
            if (t) next = pc + immB;
            write = false;
            break;
        }
        case 0x03: {
            uint64_t ad = a + immI;
            switch (f3) {
                case 0: result = sx(load(ad, 1), 8); break;
                case 1: result = sx(load(ad, 2), 16); break;
                case 2: result = sx(load(ad, 4), 32); break;
                case 3: result = load(ad, 8); break;
                case 4: result = load(ad, 1); break;
                case 5: result = load(ad, 2); break;
                case 6: result = load(ad, 4); break;
                default: throw Illegal{};
            }
            break;
        }
        case 0x23: {
            uint64_t ad = a + immS;
            int sizes[4] = {1, 2, 4, 8};
            if (f3 > 3) throw Illegal{};
            store(ad, b, sizes[f3]);
            if (ad == reservation) reservation = ~0ull;
            write = false;
            break;
        }
        case 0x13: {
            uint32_t sh = (inst >> 20) & 63;
            switch (f3) {
                case 0: result = a + immI; break;
                case 1: result = a << sh; break;
                case 2: result = (int64_t)a < immI; break;
                case 3: result = a < (uint64_t)immI; break;
                case 4: result = a ^ immI; break;
                case 5: result = (inst >> 30) & 1 ? (uint64_t)((int64_t)a >> sh) : a >> sh; break;
                case 6: result = a | immI; break;
                case 7: result = a & immI; break;
            }
            break;
        }
        case 0x1B: {
            uint32_t sh = (inst >> 20) & 31;
            switch (f3) {
                case 0: result = sx(a + immI, 32); break;
                case 1: result = sx((uint32_t)a << sh, 32); break;
                case 5: result = (inst >> 30) & 1 ? sx((uint64_t)((int32_t)a >> sh), 32) : sx((uint32_t)a >> sh, 32); break;
                default: throw Illegal{};
            }
            break;
        }
        case 0x33:
            if (f7 == 1) {
                switch (f3) {
                    case 0: result = a * b; break;
                    case 1: result = (uint64_t)(((__int128)(int64_t)a * (__int128)(int64_t)b) >> 64); break;
                    case 2: result = (uint64_t)(((__int128)(int64_t)a * (unsigned __int128)b) >> 64); break;
                    case 3: result = (uint64_t)(((unsigned __int128)a * b) >> 64); break;
                    case 4: result = b == 0 ? ~0ull : ((int64_t)a == INT64_MIN && (int64_t)b == -1) ? a : (uint64_t)((int64_t)a / (int64_t)b); break;
                    case 5: result = b == 0 ? ~0ull : a / b; break;
                    case 6: result = b == 0 ? a : ((int64_t)a == INT64_MIN && (int64_t)b == -1) ? 0 : (uint64_t)((int64_t)a % (int64_t)b); break;
                    case 7: result = b == 0 ? a : a % b; break;
                }
            } else {
                switch (f3) {
                    case 0: result = f7 == 0x20 ? a - b : a + b; break;
                    case 1: result = a << (b & 63); break;
                    case 2: result = (int64_t)a < (int64_t)b; break;
                    case 3: result = a < b; break;
                    case 4: result = a ^ b; break;
                    case 5: result = f7 == 0x20 ? (uint64_t)((int64_t)a >> (b & 63)) : a >> (b & 63); break;
                    case 6: result = a | b; break;
                    case 7: result = a & b; break;
                }
            }
            break;
        case 0x3B:
            if (f7 == 1) {
                int32_t sa = (int32_t)a, sb = (int32_t)b;
                uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
                switch (f3) {
                    case 0: result = sx((uint64_t)(uint32_t)(sa * sb), 32); break;
                    case 4: result = sx(ub == 0 ? ~0u : (sa == INT32_MIN && sb == -1) ? (uint32_t)sa : (uint32_t)(sa / sb), 32); break;
                    case 5: result = sx(ub == 0 ? ~0u : ua / ub, 32); break;
                    case 6: result = sx(ub == 0 ? ua : (sa == INT32_MIN && sb == -1) ? 0 : (uint32_t)(sa % sb), 32); break;
                    case 7: result = sx(ub == 0 ? ua : ua % ub, 32); break;
                    default: throw Illegal{};
                }
            } else {
                switch (f3) {
                    case 0: result = sx(f7 == 0x20 ? a - b : a + b, 32); break;
                    case 1: result = sx((uint32_t)a << (b & 31), 32); break;
                    case 5: result = f7 == 0x20 ? sx((uint64_t)((int32_t)a >> (b & 31)), 32) : sx((uint32_t)a >> (b & 31), 32); break;
                    default: throw Illegal{};
                }
            }
            break;
        case 0x2F: {  // A
            uint32_t f5 = inst >> 27;
            bool word = f3 == 2;
            int size = word ? 4 : 8;
            if (f5 == 0x02) {
                result = word ? sx(load(a, 4), 32) : load(a, 8);
                reservation = a;
            } else if (f5 == 0x03) {
                if (reservation == a) {
                    store(a, b, size);
                    result = 0;
                } else {
                    result = 1;
                }
                reservation = ~0ull;
            } else {
                uint64_t old = word ? (uint64_t)sx(load(a, 4), 32) : load(a, 8);
                store(a, amo(f5, old, b, word), size);
                result = old;
            }
            break;
        }
        case 0x0F: write = false; break;  // fence
        case 0x73: {
            uint32_t csr = inst >> 20;
            if (f3 == 0) {
                write = false;
                if (inst == 0x00000073) { trap(11, 0, epc); instret++; return; }    // ecall from M
                if (inst == 0x30200073) {                                          // mret
                    uint64_t mpie = (mstatus >> 7) & 1;
                    mstatus = (mstatus & ~(1ull << 3)) | (mpie << 3);
                    mstatus |= 1ull << 7;
                    next = mepc;
                    break;
                }
                if (inst == 0x10500073) break;  // wfi
                throw Illegal{};
            }
            uint64_t src = f3 >= 5 ? rs1 : a;
            uint64_t old = csr_read(csr);
            switch (f3 & 3) {
                case 1: csr_write(csr, src); break;
                case 2: if (rs1) csr_write(csr, old | src); break;
                case 3: if (rs1) csr_write(csr, old & ~src); break;
            }
            result = old;
            break;
        }
        default: throw Illegal{};
    }
    if (write && rd) x[rd] = result;
    pc = next;
    instret++;
}

bool load_elf(const char* path, uint64_t* entry) {
    FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    std::vector<uint8_t> b;
    uint8_t buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) b.insert(b.end(), buf, buf + n);
    std::fclose(f);
    if (b.size() < 64 || std::memcmp(b.data(), "\x7f" "ELF", 4) || b[4] != 2 || b[5] != 1) return false;
    uint64_t phoff;
    uint16_t phentsize, phnum;
    std::memcpy(entry, &b[24], 8);
    std::memcpy(&phoff, &b[32], 8);
    std::memcpy(&phentsize, &b[54], 2);
    std::memcpy(&phnum, &b[56], 2);
    for (int i = 0; i < phnum; i++) {
        const uint8_t* p = &b[phoff + (uint64_t)i * phentsize];
        uint32_t type;
        uint64_t offset, paddr, filesz, memsz;
        std::memcpy(&type, p, 4);
        std::memcpy(&offset, p + 8, 8);
        std::memcpy(&paddr, p + 24, 8);
        std::memcpy(&filesz, p + 32, 8);
        std::memcpy(&memsz, p + 40, 8);
        if (type != 1) continue;
        if (paddr < kRamBase || paddr + memsz > kRamBase + kRamSize || offset + filesz > b.size()) return false;
        std::memcpy(&ram[paddr - kRamBase], &b[offset], filesz);
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::string elf, rec;
    uint64_t max_cycles = 200000000ull;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        if (a.rfind("+elf=", 0) == 0) elf = a.substr(5);
        else if (a.rfind("+records=", 0) == 0) rec = a.substr(9);
        else if (a.rfind("+max-cycles=", 0) == 0) max_cycles = std::strtoull(a.c_str() + 12, nullptr, 10);
        else { std::fprintf(stderr, "iss: unknown argument %s (+elf=, +records=, +max-cycles=)\n", a.c_str()); return 2; }
    }
    if (elf.empty() || rec.empty()) { std::fprintf(stderr, "usage: iss +elf=<elf> +records=<file> [+max-cycles=N]\n"); return 2; }
    uint64_t entry;
    if (!load_elf(elf.c_str(), &entry) || entry != kRamBase) { std::fprintf(stderr, "iss: %s: not a riscv64 ELF with entry 0x80000000 inside RAM\n", elf.c_str()); return 2; }
    records = std::fopen(rec.c_str(), "w");
    if (!records) { std::fprintf(stderr, "iss: cannot write %s\n", rec.c_str()); return 2; }
    intc = tis_new();
    pc = entry;
    x[10] = 0;
    try {
        while (!finished) {
            if (((mstatus >> 3) & 1) && ((mie >> 11) & 1) && plic_meip()) trap((1ull << 63) | 11, 0, pc);
            try {
                step();
            } catch (Illegal&) {
                uint32_t bits = (uint32_t)load(pc, 4);
                trap(2, bits, pc);
            }
            tick();
            if (now() > max_cycles) { std::fprintf(stderr, "iss: +max-cycles=%llu reached\n", (unsigned long long)max_cycles); std::fclose(records); return 3; }
        }
    } catch (Fault&) {
        std::fprintf(stderr, "iss: bus fault at pc %#lx\n", (unsigned long)pc);
        std::fclose(records);
        return 1;
    }
    std::fclose(records);
    std::fflush(stdout);
    for (int q = 0; q < kQueues; q++)
        std::fprintf(stderr, "iss: NIC queue %d: dropped %llu tx_ok %llu tx_bad %llu\n", q, (unsigned long long)nic[q].dropped, (unsigned long long)nic[q].tx_ok, (unsigned long long)nic[q].tx_bad);
    std::fprintf(stderr, "iss: %llu cycles, %llu instructions, EXIT %llu: %s\n", (unsigned long long)now(), (unsigned long long)instret, (unsigned long long)exit_code, exit_code == 0 && !wrong_echo ? "PASS" : "FAIL");
    return exit_code == 0 && !wrong_echo ? 0 : 1;
}
