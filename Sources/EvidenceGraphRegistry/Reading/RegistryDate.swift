/// Registry dates in ISO form: the legacy XML writes `September 26, 2012` or `February 2004`
/// (and `ClinicalTrials.gov processed this data on May 11, 2018`); API v2 writes `2012-09-26`
/// or `2004-02` already.
enum RegistryDate {
    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]

    /// The ISO date (`2012-09-26`, `2004-02`) at the end of `text`, or `text` unchanged when it
    /// is not a month-name date (so nothing the registry said is lost).
    static func iso(_ text: String?) -> String? {
        guard let text = RegistryText.trimmed(text) else { return nil }
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        // the date is the last two or three words: Month [day] year
        guard let year = words.last, year.count == 4, Int(year) != nil else { return text }
        if words.count >= 3, let day = Int(words[words.count - 2]), let month = monthNumber(words[words.count - 3]) {
            return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        }
        if words.count >= 2, let month = monthNumber(words[words.count - 2]) {
            return "\(year)-\(twoDigits(month))"
        }
        return text
    }

    private static func monthNumber(_ word: String) -> Int? {
        months.firstIndex(of: word.lowercased()).map { $0 + 1 }
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
