// swift-tools-version:5.9
import PackageDescription

// Data flows one way: Input → Model → Layout (with Text) → Render → PDF.
// SwiftPM forbids import cycles, so the target graph below enforces that direction.
let package = Package(
    name: "VanBan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "VanBan", targets: ["VanBan"]),
        .executable(name: "vanban", targets: ["vanban"]),
        .executable(name: "vanban-bench", targets: ["vanban-bench"]),
    ],
    dependencies: [
        // Ranges, so that an application on another version can use VanBan: each lower bound is
        // built by scripts/integration.sh (Yams 5.0.1 and 6.x; the argument parser from 1.8.2).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", "5.0.1"..<"7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libfontconfig-dev"])]
        ),
        .target(name: "VanBanModel"),
        // CZlib: units from an .xlsx workbook (a ZIP of XML files).
        .target(name: "VanBanInput", dependencies: ["VanBanModel", "Yams", "CZlib"]),
        .target(name: "VanBanCheck", dependencies: ["VanBanModel"]),
        .target(name: "VanBanText", dependencies: ["CPangoCairo"]),
        .target(name: "VanBanLayout", dependencies: ["VanBanModel", "VanBanText"]),
        .target(name: "VanBanRender", dependencies: ["VanBanLayout", "VanBanText"]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Finishing Cairo's PDF: form and signature fields in an incremental update.
        .target(name: "VanBanPDF", dependencies: ["CZlib"]),
        .target(name: "VanBan", dependencies: ["VanBanModel", "VanBanInput", "VanBanLayout", "VanBanRender", "VanBanText", "VanBanPDF"]),
        .executableTarget(name: "vanban", dependencies: [
            "VanBan", "VanBanCheck", "VanBanInput", "VanBanModel", "VanBanRender", "VanBanText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], plugins: ["BuildRevision"]),
        // `vanban --version`: the git revision of the build, recorded locally before each build.
        .plugin(name: "BuildRevision", capability: .buildTool()),
        .executableTarget(name: "vanban-bench", dependencies: [
            "VanBan", "VanBanModel", "VanBanRender", "VanBanText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // libFuzzer target (README, "Fuzzing"); a plain build makes a replayer of saved inputs.
        .executableTarget(name: "vanban-fuzz", dependencies: ["VanBan", "VanBanCheck"]),
        .testTarget(name: "VanBanTests", dependencies: ["VanBan", "VanBanCheck", "VanBanText", "VanBanPDF", "VanBanRender"]),
    ]
)
