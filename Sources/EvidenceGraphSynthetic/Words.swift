/// Pseudo-words for names: Latin drug-like names, gene-like symbols, and their Cyrillic
/// transliterations (as the knowledge base's Russian synonyms are).
enum Words {
    static let syllables = ["al", "be", "ci", "do", "e", "fa", "ga", "li", "mo", "na", "pe", "ra",
                            "so", "ti", "vo", "xa", "zu", "ri", "lo", "ne", "ka", "mi", "tu", "se"]
    static let drugSuffixes = ["nib", "mab", "lisib", "limus", "platin", "taxel", "rubicin", "strant", "ciclib", "parib"]

    /// A capitalised word of 2–3 syllables.
    static func word(_ rng: inout SplitMix64) -> String {
        var w = ""
        for _ in 0..<(2 + rng.below(2)) { w += rng.pick(syllables) }
        return w.prefix(1).uppercased() + w.dropFirst()
    }

    /// A drug-like name, e.g. `Ramolisib`.
    static func drugName(_ rng: inout SplitMix64) -> String { word(&rng) + rng.pick(drugSuffixes) }

    /// A gene-like symbol, e.g. `KRT4A`.
    static func gene(_ rng: inout SplitMix64) -> String {
        let letters = Array("ABCDEFGHIKLMNPRSTVXZ")
        var g = ""
        for _ in 0..<(3 + rng.below(2)) { g.append(rng.pick(letters)) }
        g += String(1 + rng.below(9))
        if rng.chance(0.3) { g.append(rng.pick(letters)) }
        return g
    }

    /// An upper-case acronym with a digit, e.g. `BOLERO-2`.
    static func acronym(_ rng: inout SplitMix64) -> String {
        word(&rng).uppercased() + "-" + String(1 + rng.below(9))
    }

    private static let cyrillic: [Character: String] = [
        "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
        "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
        "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "ы", "z": "з",
    ]

    /// A lower-case Cyrillic transliteration, e.g. `Ramolisib` → `рамолисиб`.
    static func russian(_ latin: String) -> String {
        var out = ""
        for ch in latin.lowercased() { out += cyrillic[ch] ?? String(ch) }
        return out
    }

    static let russianPhrases = ["применяется при", "показан после прогрессирования", "с осторожностью при",
                                 "не рекомендуется при", "предпочтителен при", "эффективность доказана в"]
    static let englishPhrases = ["preferred after progression on", "may be considered with", "acts on",
                                 "not recommended with", "reported in", "effective in combination with"]

    /// A short sentence about `subject`, in Russian with probability `russian`.
    static func sentence(_ subject: String, russian p: Double, _ rng: inout SplitMix64) -> String {
        if rng.chance(p) {
            return "Препарат " + rng.pick(russianPhrases) + " " + russian(subject) + "."
        }
        return subject + " " + rng.pick(englishPhrases) + " " + word(&rng).lowercased() + " therapy."
    }
}
