#if FUZZING
/// libFuzzer's driver from `libclang_rt.fuzzer_no_main` (scripts/fuzz links it): the program keeps
/// its own `main`, because SwiftPM links every executable, the build-time sample embedder
/// included, with the same flags, and libFuzzer's `main` would break those.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
