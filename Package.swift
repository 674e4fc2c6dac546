// swift-tools-version:6.0
import PackageDescription

// `swift run convviz` builds debug; the math and the views are optimized anyway so that
// a layer with a million positions steps at once there too (10-50x faster than -Onone).
// SwiftPM refuses `unsafeFlags` in a package used as a dependency, so ConvMath is not
// offered as a library product: a smooth `swift run` is what this package is for, and a
// project that wants the math can vendor Sources/ConvMath (pure Swift, no dependencies).
let optimizedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "convviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "convviz", targets: ["convviz"]),
        .executable(name: "convviz-bench", targets: ["convviz-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The Conv1D forward pass's inner kernel, in C so that one binary carries an AVX-512, an
        // AVX2 and a plain version and picks one at start-up (target_clones); Swift can only
        // compile for one CPU level. Optimized in debug too, like the math that calls it.
        .target(name: "CConvKernels", cSettings: [.unsafeFlags(["-O3"])]),
        // The pure math: no I/O, no curses, no Foundation.
        .target(name: "ConvMath", dependencies: ["CConvKernels"], swiftSettings: optimizedEvenInDebug),
        // How many terminal columns text takes, for the screens and the printed tables alike.
        .target(name: "TerminalText", swiftSettings: optimizedEvenInDebug),
        // The front end: state, actions, views into a cell grid, demo scripts, reports.
        .target(name: "ConvViz", dependencies: ["ConvMath", "TerminalText"], swiftSettings: optimizedEvenInDebug),
        // Text and JSON for the non-interactive commands: compute, summary, explain. Optimized in
        // debug too: a file of eight million numbers parses in seconds, not in minutes.
        .target(name: "ConvReports", dependencies: ["ConvMath", "TerminalText"], swiftSettings: optimizedEvenInDebug),
        // The only place that talks to ncursesw.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "ConvViz"]),
        .executableTarget(
            name: "convviz",
            dependencies: [
                "ConvMath", "ConvViz", "ConvReports", "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "convviz-bench", dependencies: ["ConvMath", "ConvViz", "ConvReports"]),
        .testTarget(
            name: "ConvMathTests",
            dependencies: ["ConvMath"]
        ),
        .testTarget(
            name: "ConvReportsTests",
            dependencies: ["ConvReports", "ConvMath"]
        ),
        .testTarget(
            name: "ConvVizTests",
            dependencies: ["ConvViz", "ConvMath", "ConvReports"],
            exclude: ["__Snapshots__"]
        ),
    ]
)
