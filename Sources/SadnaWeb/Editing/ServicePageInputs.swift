import Foundation

/// A service page's form input by input, for merging two people's edits (`FieldMerge`): each
/// fact, each list, and each part of each way and question is a field of its own, named as the
/// form names its input, so that the merged values read back as a posted form would.
extension ServicePageForm {
    /// The values by input name; empty ways and questions at the end (the form's "new" ones) left out.
    var inputs: [String: String] {
        var inputs = fields
        for (input, _) in Self.single + Self.lists where inputs[input] == nil { inputs[input] = "" }
        var ways = self.ways, questions = self.questions
        while let last = ways.last, last.channel.isEmpty, last.address.isEmpty, last.steps.isEmpty { ways.removeLast() }
        while let last = questions.last, last.question.isEmpty, last.answer.isEmpty { questions.removeLast() }
        inputs["how-count"] = String(ways.count)
        for (index, way) in ways.enumerated() {
            inputs["how-\(index)-channel"] = way.channel
            inputs["how-\(index)-address"] = way.address
            inputs["how-\(index)-steps"] = way.steps
        }
        inputs["q-count"] = String(questions.count)
        for (index, question) in questions.enumerated() {
            inputs["q-\(index)-q"] = question.question
            inputs["q-\(index)-a"] = question.answer
        }
        return inputs
    }

    /// The form the inputs make (the other way of `inputs`).
    init(inputs: [String: String]) {
        self = Self.from(PostedForm(fields: inputs.map { (name: $0.key, value: $0.value) }))
    }

    /// The ways and the questions as lists of inputs, matched by their channel and address, and
    /// by their question, when two people's saves merge (`ListAlignment`).
    static let listShapes = [
        (
            "how",
            ListAlignment.Shape(
                cell: { "how-\($0)-\($1)" }, count: "how-count", parts: ["channel", "address", "steps"],
                identity: ["channel", "address"])
        ),
        ("questions", ListAlignment.Shape(cell: { "q-\($0)-\($1)" }, count: "q-count", parts: ["q", "a"], identity: ["q"])),
    ]

    /// The inputs' names in the form's order, for up to `ways` ways and `questions` questions.
    static func inputNames(ways: Int, questions: Int) -> [String] {
        single.map(\.input) + lists.map(\.input) + ["how-count"]
            + (0..<ways).flatMap { ["how-\($0)-channel", "how-\($0)-address", "how-\($0)-steps"] } + ["q-count"]
            + (0..<questions).flatMap { ["q-\($0)-q", "q-\($0)-a"] }
    }
}
