import ArgumentParser

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Renders a DOT file to SVG, PNG or PDF.")
    func run() async throws {
        throw ValidationError("render is not built yet")
    }
}
