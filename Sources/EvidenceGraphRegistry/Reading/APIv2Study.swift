/// The parts of a ClinicalTrials.gov API v2 study (`GET /api/v2/studies/{nctId}`) the
/// import reads. Field names follow the API's `protocolSection` / `resultsSection` /
/// `derivedSection` structure; every field is optional except the NCT id, so a record
/// without results or with an unused module decodes.
struct APIv2Study: Decodable {
    var protocolSection: ProtocolSection
    var resultsSection: ResultsSection?
    var derivedSection: DerivedSection?

    struct ProtocolSection: Decodable {
        var identificationModule: IdentificationModule
        var statusModule: StatusModule?
        var designModule: DesignModule?
        var conditionsModule: ConditionsModule?
        var armsInterventionsModule: ArmsInterventionsModule?
        var eligibilityModule: EligibilityModule?
    }

    struct IdentificationModule: Decodable {
        var nctId: String
        var briefTitle: String?
        var officialTitle: String?
        var acronym: String?
    }

    struct DateStruct: Decodable {
        var date: String
        var type: String?
    }

    struct StatusModule: Decodable {
        var overallStatus: String?
        var startDateStruct: DateStruct?
        var primaryCompletionDateStruct: DateStruct?
        var completionDateStruct: DateStruct?
        var lastUpdatePostDateStruct: DateStruct?
    }

    struct DesignModule: Decodable {
        var studyType: String?
        var phases: [String]?
        var designInfo: DesignInfo?
        var enrollmentInfo: EnrollmentInfo?
    }

    struct DesignInfo: Decodable {
        var allocation: String?
        var interventionModel: String?
        var primaryPurpose: String?
        var maskingInfo: MaskingInfo?
    }

    struct MaskingInfo: Decodable {
        var masking: String?
    }

    struct EnrollmentInfo: Decodable {
        var count: Int?
        var type: String?
    }

    struct ConditionsModule: Decodable {
        var conditions: [String]?
    }

    struct ArmsInterventionsModule: Decodable {
        var armGroups: [ArmGroup]?
        var interventions: [Intervention]?
    }

    struct ArmGroup: Decodable {
        var label: String
        var type: String?
        var description: String?
        var interventionNames: [String]?
    }

    struct Intervention: Decodable {
        var type: String?
        var name: String
        var otherNames: [String]?
        var armGroupLabels: [String]?
    }

    struct EligibilityModule: Decodable {
        var eligibilityCriteria: String?
        var sex: String?
        var minimumAge: String?
        var maximumAge: String?
    }

    struct ResultsSection: Decodable {
        var outcomeMeasuresModule: OutcomeMeasuresModule?
    }

    struct OutcomeMeasuresModule: Decodable {
        var outcomeMeasures: [OutcomeMeasure]?
    }

    struct OutcomeMeasure: Decodable {
        var type: String?
        var title: String
        var description: String?
        var populationDescription: String?
        var paramType: String?
        var dispersionType: String?
        var unitOfMeasure: String?
        var timeFrame: String?
        var groups: [Group]?
        var denoms: [Denom]?
        var classes: [MeasureClass]?
        var analyses: [Analysis]?
    }

    struct Group: Decodable {
        var id: String
        var title: String?
        var description: String?
    }

    struct Denom: Decodable {
        var units: String?
        var counts: [DenomCount]?
    }

    struct DenomCount: Decodable {
        var groupId: String
        var value: String
    }

    struct MeasureClass: Decodable {
        var title: String?
        var categories: [Category]?
    }

    struct Category: Decodable {
        var title: String?
        var measurements: [Measurement]?
    }

    struct Measurement: Decodable {
        var groupId: String
        var value: String?
        var spread: String?
        var lowerLimit: String?
        var upperLimit: String?
    }

    struct Analysis: Decodable {
        var groupIds: [String]?
        var groupDescription: String?
        var paramType: String?
        var paramValue: String?
        var ciPctValue: String?
        var ciLowerLimit: String?
        var ciUpperLimit: String?
        var pValue: String?
        var statisticalMethod: String?
        var estimateComment: String?
    }

    struct DerivedSection: Decodable {
        var miscInfoModule: MiscInfoModule?
    }

    struct MiscInfoModule: Decodable {
        var versionHolder: String?
    }
}
