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
        // The HTTP service and web editor: a program of its own, so the command line's cold
        // start and static build carry none of the server's libraries.
        .executable(name: "vanban-serve", targets: ["vanban-serve"]),
    ],
    dependencies: [
        // Ranges, so that an application on another version can use VanBan: each lower bound is
        // built by scripts/integration.sh (Yams 5.0.1 and 6.x; the argument parser from 1.8.2).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", "5.0.1"..<"7.0.0"),
        // The service's (vanban-serve only; an application using the library resolves none of them).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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
        .target(name: "VanBanText", dependencies: ["VanBanModel", "CPangoCairo"]),
        .target(name: "VanBanLayout", dependencies: ["VanBanModel", "VanBanText"]),
        .target(name: "VanBanRender", dependencies: ["VanBanModel", "VanBanLayout", "VanBanText"]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Finishing Cairo's PDF: form and signature fields in an incremental update.
        .target(name: "VanBanPDF", dependencies: ["VanBanModel", "CZlib"]),
        .target(name: "VanBan", dependencies: ["VanBanModel", "VanBanInput", "VanBanCheck", "VanBanLayout", "VanBanRender", "VanBanText", "VanBanPDF"]),
        // What both programs' command lines share: `--lang`, and ArgumentParser's words in Vietnamese.
        .target(name: "VanBanCommandLine", dependencies: [
            "VanBanModel", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "vanban", dependencies: [
            "VanBan", "VanBanCheck", "VanBanInput", "VanBanModel", "VanBanRender", "VanBanText", "VanBanCommandLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], plugins: ["BuildRevision"]),
        // `vanban --version`: the git revision of the build, recorded locally before each build.
        .plugin(name: "BuildRevision", capability: .buildTool()),
        .executableTarget(name: "vanban-bench", dependencies: [
            "VanBan", "VanBanModel", "VanBanRender", "VanBanText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(
            name: "vanban-serve",
            dependencies: [
                "VanBan", "VanBanCheck", "VanBanInput", "VanBanModel", "VanBanCommandLine", "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            // The web page and the OpenAPI document, compiled into the program (nothing read from disk).
            resources: [.copy("Web")]
        ),
        // libFuzzer target (docs/development.md, "Fuzzing"); a plain build makes a replayer of saved inputs.
        .executableTarget(name: "vanban-fuzz", dependencies: ["VanBan", "VanBanCheck"]),
        .testTarget(name: "VanBanTests", dependencies: ["VanBan", "VanBanCheck", "VanBanText", "VanBanPDF", "VanBanRender"]),
    ]
)
