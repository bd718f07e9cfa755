// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "liaison", targets: ["liaison"]),
        .library(name: "LiaisonCore", targets: ["LiaisonCore"]),
        .library(name: "LiaisonExtraction", targets: ["LiaisonExtraction"]),
        .library(name: "LiaisonGraphviz", targets: ["LiaisonGraphviz"]),
        .library(name: "LiaisonRender", targets: ["LiaisonRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "LiaisonCore"),
        .target(
            name: "LiaisonExtraction",
            dependencies: ["LiaisonCore"],
            resources: [.copy("Resources/LanguagePacks")]
        ),
        .target(name: "LiaisonGraphviz", dependencies: ["CGraphviz"]),
        .target(
            name: "LiaisonRender",
            dependencies: ["LiaisonCore", "LiaisonGraphviz"]
        ),
        .target(
            name: "LiaisonInput",
            dependencies: ["LiaisonCore", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "liaison",
            dependencies: [
                "LiaisonCore", "LiaisonExtraction", "LiaisonGraphviz", "LiaisonRender", "LiaisonInput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "liaison-bench",
            dependencies: ["LiaisonCore", "LiaisonExtraction", "LiaisonGraphviz", "LiaisonRender"],
            path: "Sources/Benchmarks"
        ),
        .testTarget(name: "LiaisonCoreTests", dependencies: ["LiaisonCore"]),
        .testTarget(name: "LiaisonExtractionTests", dependencies: ["LiaisonExtraction"], exclude: ["Fixtures"]),
        .testTarget(name: "LiaisonGraphvizTests", dependencies: ["LiaisonGraphviz"]),
        .testTarget(name: "LiaisonRenderTests", dependencies: ["LiaisonRender", "LiaisonGraphviz"]),
        .testTarget(name: "LiaisonInputTests", dependencies: ["LiaisonInput"]),
        .testTarget(name: "LiaisonCommandTests", dependencies: ["liaison"]),
    ]
)
