// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sadna",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SadnaKit", targets: ["SadnaKit"]),
        .library(name: "SadnaPrint", targets: ["SadnaPrint"]),
        // What each fuzz target (Fuzz/, built with libFuzzer) does with an input.
        .library(name: "SadnaFuzzing", targets: ["SadnaFuzzing"]),
        .executable(name: "sadna", targets: ["sadna"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The model, loading with source locations, and checks. Knows nothing about printing.
        .target(
            name: "SadnaKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Cairo and Pango from the system, through pkg-config.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // JPEG decoding for persona photos (libjpeg's errors need C's setjmp).
        .target(
            name: "CSadnaImage",
            linkerSettings: [.linkedLibrary("jpeg")]
        ),
        // Layout of each printable and export to PDF/PNG.
        .target(
            name: "SadnaPrint",
            dependencies: ["SadnaKit", "CPangoCairo", "CSadnaImage"]
        ),
        .target(name: "SadnaFuzzing", dependencies: ["SadnaKit", "SadnaPrint"]),
        // The command line, one file per subcommand, thin over the libraries.
        .executableTarget(
            name: "sadna",
            dependencies: [
                "SadnaKit", "SadnaPrint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: renders in one release process and reports speed and peak memory.
        .executableTarget(
            name: "sadna-bench",
            dependencies: ["SadnaKit", "SadnaPrint"]
        ),
        // What the tests share: temporary workshops, running tools, reading PDFs as a person would.
        .target(name: "SadnaTestSupport", dependencies: ["SadnaKit", "SadnaPrint"], path: "Tests/Support"),
        .testTarget(name: "SadnaKitTests", dependencies: ["SadnaKit", "SadnaTestSupport", "SadnaFuzzing"]),
        .testTarget(name: "SadnaPrintTests", dependencies: ["SadnaPrint", "SadnaKit", "SadnaTestSupport"]),
        // Most command-line tests run `sadna` in process (Sadna.run), a few as a real process.
        .testTarget(name: "SadnaCLITests", dependencies: ["sadna", "SadnaKit", "SadnaTestSupport"]),
    ]
)
