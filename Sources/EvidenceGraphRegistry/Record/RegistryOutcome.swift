/// A posted outcome measure with its groups, measurements and statistical analyses.
public struct RegistryOutcome: Sendable, Hashable {
    /// `Primary`, `Secondary`, `Other Pre-specified`, `Post-Hoc` (v2: `PRIMARY`, …).
    public var type: String
    public var title: String
    public var description: String?
    public var timeFrame: String?
    public var population: String?
    /// `Median`, `Number`, `Mean`, … (v2: `MEDIAN`, `NUMBER`, …).
    public var parameter: String?
    /// `95% Confidence Interval`, `Full Range`, … (v2: `CONFIDENCE_95`, `FULL_RANGE`, …).
    public var dispersion: String?
    public var units: String?
    public var groups: [RegistryGroup] = []
    /// Participants analysed per group id.
    public var analyzed: [String: Int] = [:]
    /// One entry per class × category; a single unnamed one for a plain measure.
    public var categories: [RegistryCategory] = []
    public var analyses: [RegistryAnalysis] = []

    public init(type: String, title: String) {
        self.type = type
        self.title = title
    }
}

/// A results group (`O1`, `OG000`) of an outcome measure.
public struct RegistryGroup: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String?

    public init(id: String, title: String, description: String? = nil) {
        self.id = id
        self.title = title
        self.description = description
    }
}

/// The measurements of one class/category row (`title` joins class and category titles).
public struct RegistryCategory: Sendable, Hashable {
    public var title: String?
    public var measurements: [RegistryMeasurement] = []

    public init(title: String?, measurements: [RegistryMeasurement] = []) {
        self.title = title
        self.measurements = measurements
    }
}

/// One group's value in a category; texts as posted (`9.23`, `NA`).
public struct RegistryMeasurement: Sendable, Hashable {
    public var groupID: String
    public var value: String?
    public var spread: String?
    public var lowerLimit: String?
    public var upperLimit: String?

    public init(groupID: String, value: String?, spread: String? = nil, lowerLimit: String? = nil, upperLimit: String? = nil) {
        self.groupID = groupID
        self.value = value
        self.spread = spread
        self.lowerLimit = lowerLimit
        self.upperLimit = upperLimit
    }
}

/// A statistical analysis between groups (hazard ratio, odds ratio, …).
public struct RegistryAnalysis: Sendable, Hashable {
    public var groupIDs: [String] = []
    /// `Hazard Ratio (HR)`, `Odds Ratio (OR)`, … (v2 spells the same texts).
    public var parameterType: String?
    public var parameterValue: String?
    /// The CI's coverage in percent (`95`, `96.85`).
    public var ciPercent: String?
    public var ciLowerLimit: String?
    public var ciUpperLimit: String?
    public var pValue: String?
    public var method: String?
    public var description: String?

    public init() {}
}
