import CFuzzer
import Foundation
import SadnaFuzzing

/// One input, as a persona's photo.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.image(bytes.map { Data(bytes: $0, count: size) } ?? Data())
    return 0
}

/// The program's entry (SwiftPM names it `fuzz_image_main`): libFuzzer's driver.
@_cdecl("fuzz_image_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOne)
}
