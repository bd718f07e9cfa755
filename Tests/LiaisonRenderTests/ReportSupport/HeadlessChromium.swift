import Foundation

/// Headless Chromium, run on a page as a reader would open it: its DOM after parsing, a
/// screenshot, the page printed to PDF. Missing Chromium is an error that says how to install
/// it, never a skip.
struct HeadlessChromium {
    let profile: String

    init(profile: String) throws {
        guard let browser = HeadlessChromium.program else {
            throw ExternalProgram.Failure(description: "Chromium is not installed, so the report cannot be opened in a browser: run LIAISON_WITH_BROWSER=1 scripts/setup.sh")
        }
        _ = browser
        self.profile = profile
    }

    static let program: String? = ["chromium", "chromium-browser", "google-chrome"].first(where: ExternalProgram.exists)

    private func run(_ arguments: [String]) throws -> ExternalProgram.Result {
        let result = try ExternalProgram.run(
            [HeadlessChromium.program!, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--user-data-dir=\(profile)", "--hide-scrollbars"] + arguments, timeout: 120)
        guard result.status == 0, !result.timedOut else {
            throw ExternalProgram.Failure(description: "chromium \(arguments.joined(separator: " ")) failed (status \(result.status), timed out: \(result.timedOut)):\n\(result.standardError)")
        }
        return result
    }

    /// The DOM as the browser built it, serialized.
    func dom(of page: String) throws -> String {
        try run(["--dump-dom", URL(fileURLWithPath: page).absoluteString]).text
    }

    /// A PNG of the page in a window of the given size.
    func screenshot(of page: String, to png: String, width: Int, height: Int) throws {
        _ = try run(["--screenshot=\(png)", "--window-size=\(width),\(height)", URL(fileURLWithPath: page).absoluteString])
    }

    /// The page printed to PDF, with the page's own @page size and no header or footer.
    func printToPDF(_ page: String, to pdf: String) throws {
        _ = try run(["--print-to-pdf=\(pdf)", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                     URL(fileURLWithPath: page).absoluteString])
    }
}
