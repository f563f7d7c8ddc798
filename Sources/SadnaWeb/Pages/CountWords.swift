import SadnaKit

extension Labels where Key == TextLabel {
    /// "{n} הערות" in the language's plural forms, never "1 הערות": `key_zero` for none ("אין
    /// שגיאות", not "0 שגיאות"), `key_one` for 1, `key_two` for 2 (Arabic's dual), `key_many` past
    /// ten (Arabic's singular after 11, as in "11 ملاحظة"), and `key` itself for the rest (Arabic's
    /// plural of 3 to 10); each when the words have it.
    func count(_ key: String, _ n: Int) -> String {
        let form =
            switch n {
            case 0: "_zero"
            case 1: "_one"
            case 2: "_two"
            case _ where n > 10 && !(3...10).contains(n % 100): "_many"
            default: ""
            }
        let chosen = !form.isEmpty && WebTemplates.labelKeys.contains(key + form) ? key + form : key
        return self(chosen, ["n": String(n)])
    }
}
