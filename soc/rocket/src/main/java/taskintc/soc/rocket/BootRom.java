package taskintc.soc.rocket;

import java.io.ByteArrayOutputStream;

/**
 * The boot ROM image of the TaskIntc SoC, encoded here so that no RISC-V assembler is needed to generate the
 * SoC. rocket-chip maps the image at {@value #ROM_BASE} and appends the device tree blob right after it; the hart
 * leaves reset at {@value #RESET_VECTOR} (offset {@value #ENTRY_OFFSET}).
 *
 * <p>At the reset vector the code sets {@code a0} = {@code mhartid}, {@code a1} = address of the appended device
 * tree (the usual RISC-V boot convention) and jumps to the RAM base 0x8000_0000. The RAM base is built with
 * {@code addi} + {@code slli} because {@code lui t0, 0x80000} would sign-extend to 0xFFFF_FFFF_8000_0000 on RV64.
 *
 * <p>Checked once against binutils: {@code riscv64-unknown-elf-objdump -D -b binary -m riscv:rv64 bootrom.img}
 * (see soc/rocket/README.md).
 */
public final class BootRom {
  /** Base address of rocket-chip's boot ROM (BootROMParams.address). */
  public static final long ROM_BASE = 0x10000;
  /** Reset vector of rocket-chip 1.2.6 (BootROMParams.hang). */
  public static final long RESET_VECTOR = 0x10040;
  /** Offset of the reset vector inside the image. */
  public static final int ENTRY_OFFSET = (int) (RESET_VECTOR - ROM_BASE);
  /** Image length; the device tree blob follows at this offset, 8-byte aligned as the DTB format wants. */
  public static final int IMAGE_BYTES = 0x80;

  private static final int X0 = 0;
  private static final int T0 = 5;
  private static final int A0 = 10;
  private static final int A1 = 11;
  private static final int OP_IMM = 0x13;
  private static final int AUIPC = 0x17;
  private static final int JAL = 0x6f;
  private static final int JALR = 0x67;
  private static final int SYSTEM = 0x73;
  private static final int CSR_MHARTID = 0xf14;

  private BootRom() {}

  /** The image bytes (little-endian instructions, zero padding to {@link #IMAGE_BYTES}). */
  public static byte[] image() {
    int[] words = new int[IMAGE_BYTES / 4];
    // 0x00: jal x0, +0x40 -- a jump to the ROM base also reaches the boot code.
    words[0] = jType(ENTRY_OFFSET, X0, JAL);
    int pc = ENTRY_OFFSET;
    // 0x40: csrr a0, mhartid (csrrs a0, mhartid, x0)
    words[pc / 4] = iType(CSR_MHARTID, X0, 2, A0, SYSTEM);
    pc += 4;
    // 0x44: auipc a1, 0 -- a1 = 0x10044
    int auipcPc = pc;
    words[pc / 4] = (0 << 12) | (A1 << 7) | AUIPC;
    pc += 4;
    // 0x48: addi a1, a1, IMAGE_BYTES - 0x44 -- a1 = address of the device tree blob
    words[pc / 4] = iType(IMAGE_BYTES - auipcPc, A1, 0, A1, OP_IMM);
    pc += 4;
    // 0x4c: addi t0, x0, 1
    words[pc / 4] = iType(1, X0, 0, T0, OP_IMM);
    pc += 4;
    // 0x50: slli t0, t0, 31 -- t0 = 0x8000_0000 (zero-extended)
    words[pc / 4] = iType(31, T0, 1, T0, OP_IMM);
    pc += 4;
    // 0x54: jalr x0, 0(t0) (jr t0)
    words[pc / 4] = iType(0, T0, 0, X0, JALR);

    ByteArrayOutputStream out = new ByteArrayOutputStream(IMAGE_BYTES);
    for (int w : words) {
      for (int b = 0; b < 4; b++) {
        out.write((w >>> (8 * b)) & 0xff);
      }
    }
    return out.toByteArray();
  }

  private static int iType(int imm, int rs1, int funct3, int rd, int opcode) {
    if (imm < -2048 || imm > 4095) {
      throw new IllegalArgumentException("I-type immediate " + imm + " out of range");
    }
    return ((imm & 0xfff) << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode;
  }

  private static int jType(int offset, int rd, int opcode) {
    if ((offset & 1) != 0 || offset < -(1 << 20) || offset >= (1 << 20)) {
      throw new IllegalArgumentException("J-type offset " + offset + " out of range or odd");
    }
    int imm = ((offset >> 20) & 1) << 31 | ((offset >> 1) & 0x3ff) << 21 | ((offset >> 11) & 1) << 20
        | ((offset >> 12) & 0xff) << 12;
    return imm | (rd << 7) | opcode;
  }
}
