import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// The agenda editor (issue 28): a facilitator changes a row and asks for the times again, or
// saves; either way the page comes back with the times worked out. Target: both under 100 ms on
// the shipped programme, over real HTTP. The save is timed to the page it leads to (the redirect
// followed), which reads the changed file back: that is what the person waits for.

extension BenchServer {
    /// The median of `runs` recalculations and of `runs` saves of `meeting`'s agenda, in milliseconds.
    func agendaEditor(_ meeting: String, runs: Int = 9) -> (recalculate: Double, save: Double) {
        let path = "/meetings/\(meeting)/agenda"
        var recalculations: [Double] = [], saves: [Double] = []
        for run in 0..<runs {
            let (page, cookie) = open(path)
            var fields = Self.formFields(page)
            // A row's words change on every save, so that each one writes the file.
            if let index = fields.firstIndex(where: { $0.name == "r0-detail" }) { fields[index].value = "בוקר קלה \(run)" }
            recalculations.append(post(path, fields + [("action", "recalculate")], cookie: cookie))
            saves.append(post(path, fields + [("action", "save")], cookie: cookie))
        }
        return (recalculations.sorted()[runs / 2], saves.sorted()[runs / 2])
    }

    /// A page and the cookie of the browser session it started.
    private func open(_ path: String) -> (page: String, cookie: String) {
        let opened = DispatchSemaphore(value: 0)
        let answer = Handover<(Data, String)>()
        session.dataTask(with: URL(string: base + path)!) { data, response, _ in
            let cookie = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie") ?? ""
            answer.value = (data ?? Data(), String(cookie.prefix { $0 != ";" }))
            opened.signal()
        }.resume()
        opened.wait()
        return (String(decoding: answer.value?.0 ?? Data(), as: UTF8.self), answer.value?.1 ?? "")
    }

    /// Wall time of posting `fields` to `path` (a redirect followed), in milliseconds.
    private func post(_ path: String, _ fields: [(name: String, value: String)], cookie: String) -> Double {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        request.setValue(cookie, forHTTPHeaderField: "Cookie")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        request.httpBody = Data(
            fields.map { name, value in
                "\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
            }.joined(separator: "&").utf8)
        let (elapsed, status) = timed(request, in: session)
        if status != 200 { print("  the agenda editor answered \(status), not 200: its time is not the editor's") }
        return elapsed
    }

    /// A session that keeps no cookies of its own (each page's session is posted back by hand).
    private var session: URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        return URLSession(configuration: configuration)
    }

    /// The inputs and text areas of a page's form, with their values, as a browser would post them.
    static func formFields(_ page: String) -> [(name: String, value: String)] {
        func matches(_ pattern: String) -> [[String]] {
            let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            let text = page as NSString
            return expression.matches(in: page, range: NSRange(location: 0, length: text.length)).map { match in
                (1..<match.numberOfRanges).map { text.substring(with: match.range(at: $0)) }
            }
        }
        func unescaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        let inputs = matches("<input [^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"").map { ($0[0], unescaped($0[1])) }
        let areas = matches("<textarea [^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</textarea>").map { ($0[0], unescaped($0[1])) }
        return inputs + areas
    }
}
