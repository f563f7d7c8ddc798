// swift-tools-version:6.0
// Fuzz targets for Sadna's loaders, built with the Swift toolchain's libFuzzer (`make fuzz`).
// A package of its own, so that the main build never sees libFuzzer's entry points.
import Foundation
import PackageDescription

let names = [
    "workshop", "meeting", "persona", "journey", "task-card", "service-page", "backlog", "worksheet",
    "templates", "csv-import", "image",
]

/// SwiftPM names a path dependency after its folder: "main", "project", whatever the clone is called.
let sadna = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "SadnaFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzer")
    ]
        + names.map { name in
            .executableTarget(
                name: "fuzz-\(name)", dependencies: [.product(name: "SadnaFuzzing", package: sadna), "CFuzzer"],
                path: "Sources/Targets/\(name)")
        }
)
