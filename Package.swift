// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Sadna",
    platforms: [.macOS(.v14)],
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
        // The workbench (`sadna serve`): a local web server, its pages' templates, uploads, kit ZIPs.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        // The workbench's form tokens: HMAC-SHA256 of each browser's session (already built for the tests' HTTP client).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
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
        // QR codes for the links on service pages and task cards, from Debian's libqrencode.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // JPEG decoding for persona photos (libjpeg's errors need C's setjmp).
        .target(
            name: "CSadnaImage",
            linkerSettings: [.linkedLibrary("jpeg")]
        ),
        // Reading photos of printed forms: HEIC (libheif), QR codes (zbar), straightening and
        // measuring ink in C, where a 12-megapixel photo's loops are fast.
        .target(
            name: "CSadnaScan",
            linkerSettings: [.linkedLibrary("zbar"), .linkedLibrary("heif"), .linkedLibrary("jpeg")]
        ),
        // Layout of each printable and export to PDF/PNG.
        .target(
            name: "SadnaPrint",
            dependencies: ["SadnaKit", "CPangoCairo", "CSadnaImage", "CQRencode"]
        ),
        .target(name: "SadnaFuzzing", dependencies: ["SadnaKit", "SadnaPrint"]),
        // `sadna scan`: photos of filled forms back into the workshop's files.
        .target(name: "SadnaScan", dependencies: ["SadnaKit", "SadnaPrint", "CSadnaScan", "CPangoCairo", "CSadnaImage"]),
        // The workbench in the browser: routes, pages from Templates/web/, saves that change only
        // what changed, previews and downloads from the catalog.
        .target(
            name: "SadnaWeb",
            dependencies: [
                "SadnaKit", "SadnaPrint", "SadnaScan",
                .product(name: "Hummingbird", package: "hummingbird"),
                // The HTTP/1 channel's idle timeout and a handler of its own in each connection.
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The command line, one file per subcommand, thin over the libraries.
        .executableTarget(
            name: "sadna",
            dependencies: [
                "SadnaKit", "SadnaPrint", "SadnaWeb", "SadnaScan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // `make bench`: renders in one release process and reports speed and peak memory.
        .executableTarget(
            name: "sadna-bench",
            dependencies: [
                "SadnaKit", "SadnaPrint", "SadnaWeb", "SadnaScan", "SadnaTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // What the tests share: temporary workshops, running tools, reading PDFs as a person would.
        .target(
            name: "SadnaTestSupport", dependencies: ["SadnaKit", "SadnaPrint", "CPangoCairo", "CSadnaScan"],
            path: "Tests/Support"),
        .testTarget(name: "SadnaKitTests", dependencies: ["SadnaKit", "SadnaTestSupport", "SadnaFuzzing"]),
        .testTarget(name: "SadnaPrintTests", dependencies: ["SadnaPrint", "SadnaKit", "SadnaTestSupport"]),
        .testTarget(
            name: "SadnaScanTests", dependencies: ["SadnaScan", "SadnaPrint", "SadnaKit", "SadnaTestSupport", "CSadnaScan"]),
        // Most command-line tests run `sadna` in process (Sadna.run), a few as a real process.
        .testTarget(name: "SadnaCLITests", dependencies: ["sadna", "SadnaKit", "SadnaPrint", "SadnaTestSupport"]),
        // The workbench over HTTP, in process.
        .testTarget(
            name: "SadnaWebTests",
            dependencies: [
                "SadnaWeb", "SadnaKit", "SadnaPrint", "SadnaTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
