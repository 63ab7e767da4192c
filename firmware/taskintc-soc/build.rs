// The riscv64 ELF links with this crate's link.ld (entry at 0x8000_0000, 64 MiB of RAM). Host
// builds (the library's unit tests, the stub binary) link normally.
fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    println!("cargo:rerun-if-changed=link.ld");
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("none") {
        println!("cargo:rustc-link-arg-bins=-T{}/link.ld", dir);
    }
}
