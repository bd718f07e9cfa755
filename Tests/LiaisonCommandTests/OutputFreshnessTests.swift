import Foundation
import Testing

/// Output/ holds what scripts/main.sh renders from Examples/; this test renders the same with the
/// built binary (scripts/render-examples.sh) into a temporary folder and compares byte for byte,
/// so that Output/ never goes stale: change a renderer, run scripts/main.sh, commit Output/.
@Suite("Output/ is up to date")
struct OutputFreshnessTests {
    @Test("every file scripts/render-examples.sh makes is in Output/, byte for byte, and nothing else is")
    func fresh() throws {
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Repository.path("scripts/render-examples.sh"), try LiaisonCommand.executable().path, folder.url.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")

        let made = try folder.contents()
        #expect(!made.isEmpty)
        let output = Repository.root.appendingPathComponent("Output")
        let committed = try FileManager.default.contentsOfDirectory(atPath: output.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(committed == made, "Output/ and scripts/render-examples.sh disagree: run scripts/main.sh")
        for name in made {
            let fresh = try Data(contentsOf: folder.file(name))
            let old = try? Data(contentsOf: output.appendingPathComponent(name))
            #expect(old == fresh, "Output/\(name) is stale: run scripts/main.sh")
        }
    }
}
